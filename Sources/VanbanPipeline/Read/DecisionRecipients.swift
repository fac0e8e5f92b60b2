import Foundation
import OrderedCollections
import VanbanData
import VanbanDocuments

/// The recipients of an award decision, for their certificates, read as they render: the list
/// is read once to check it and to compute the decision from what it needs of each row (its
/// kind, name, unit and own amount), then read once more as the decision orders it — its tập
/// thể, then its cá nhân — each record with the money and số sổ vàng the decision gives it. What
/// is kept of the list is a few values a row, not its rows.
struct DecisionRecipients {
    /// What the decision gives one record of the list.
    struct Given {
        /// 0 for a tập thể, 1 for a cá nhân: the pass that gives its certificate.
        var pass: Int
        var amount: Value?
        var number: Value?
        var kind: Value?
    }

    /// Per record of the list, in its order.
    let given: [Given?]
    /// How many certificates.
    let count: Int

    /// Reads and checks `list` (its warnings to `report`), computes the decision from `common`.
    static func prepare(_ list: RecordList, common: Value, commonFile: URL, job: Job, computation: Computation,
                        report: @escaping @Sendable (JobEvent) -> Void) throws(JobError) -> DecisionRecipients {
        var summaries: [ListRecord] = []
        do {
            var reader = try list.reader(mergingCommon: false, onWarning: { report(.warning(.data($0))) })
            while let record = try reader.next() {
                var needed = OrderedDictionary<String, Value>()
                for field in ["doi_tuong", "ho_ten", "don_vi", "so_tien", "so_so_vang"] {
                    if let value = record.value[field] { needed[field] = value }
                }
                summaries.append(ListRecord(row: record.row, value: .object(needed)))
            }
            let shared = JobInputs.withListAmounts(common, job: job) ?? common
            summaries = try AwardList.check(summaries, of: list, common: shared, allowDuplicates: job.allowDuplicates)
        } catch {
            throw .data(error)
        }
        let decision = try JobInputs.decide(summaries.map(\.value), common: common, commonFile: commonFile,
                                            computation: computation, list: list.url, job: job)
        var given = [Given?](repeating: nil, count: summaries.count)
        let groups = AwardDecision.recipientGroups(summaries.map(\.value))
        let recipients = Computation.recipients(of: decision)
        for (position, (index, recipient)) in zip(groups.collectives + groups.individuals, recipients).enumerated() {
            given[index] = Given(pass: position < groups.collectives.count ? 0 : 1, amount: recipient["so_tien"],
                                 number: recipient["so_so_vang"], kind: summaries[index].value["doi_tuong"])
        }
        try checkNumbers(summaries, given: given.map { $0?.number?.text }, of: list)
        return DecisionRecipients(given: given, count: recipients.count)
    }

    /// The list's own số sổ vàng, when it has them, are the ones the decision gives
    /// (`numbers`, per record of the list).
    static func checkNumbers(_ records: [ListRecord], given numbers: [String?], of list: RecordList) throws(JobError) {
        guard let column = list.columns?.column(for: "so_so_vang") else { return }
        var rows: [Int] = [], listed: [String] = [], decided: [String] = []
        for (record, number) in zip(records, numbers) {
            guard let own = record.value["so_so_vang"]?.text, !own.trimmingCharacters(in: .whitespaces).isEmpty,
                let number, own != number
            else { continue }
            // "001" and 1 are one number.
            if let ownNumber = Int(own.trimmingCharacters(in: .whitespaces)), Int(number) == ownNumber { continue }
            rows.append(record.row)
            listed.append(own)
            decided.append(number)
        }
        if !rows.isEmpty {
            throw .data(.listNumbersDiffer(path: list.url.relativePath, heading: column.heading, rows: rows, listed: listed,
                                           given: decided))
        }
    }

    /// The số sổ vàng a decision gives each of its list's `records`, in the list's order.
    static func numbers(of decision: Value, for records: [ListRecord]) -> [String?] {
        var numbers = [String?](repeating: nil, count: records.count)
        for (index, recipient) in zip(AwardDecision.recipientOrder(records.map(\.value)), Computation.recipients(of: decision)) {
            numbers[index] = recipient["so_so_vang"]?.text
        }
        return numbers
    }

    /// The records with what the decision gives them, tập thể first: the list read once more, the
    /// cá nhân that come before its last tập thể held back until that one is given (none, in a list
    /// written tập thể first, as lists are).
    func stream(of list: RecordList) throws(JobError) -> () throws(DataError) -> ListRecord? {
        var reader: ListReader
        do {
            reader = try list.reader()
        } catch {
            throw .data(error)
        }
        let given = self.given
        let lastCollective = given.lastIndex { $0?.pass == 0 } ?? -1
        var index = 0
        var held: [ListRecord] = []
        var nextHeld = 0
        return { () throws(DataError) -> ListRecord? in
            while true {
                if index > lastCollective, nextHeld < held.count {
                    nextHeld += 1
                    return held[nextHeld - 1]
                }
                guard let record = try reader.next() else { return nil }
                let position = index
                index += 1
                guard position < given.count, let mine = given[position], case .object(var fields) = record.value else { continue }
                if let kind = mine.kind { fields["doi_tuong"] = kind }
                if let amount = mine.amount { fields["so_tien"] = amount }
                if let number = mine.number { fields["so_so_vang"] = number }
                let made = ListRecord(row: record.row, value: .object(fields))
                if mine.pass == 1, position < lastCollective {
                    held.append(made)
                    continue
                }
                return made
            }
        }
    }
}
