import Foundation
import OrderedCollections
import VanbanData
import VanbanRules

/// Quyết định khen thưởng: from the decision's fields and its danh sách, what the decision
/// says that is computed, never typed: the counts in Điều 1, the award money of the decree in
/// force on the decision date in Điều 2, the phụ lục grouped `I. TẬP THỂ` / `II. CÁ NHÂN` with
/// each recipient's amount and số sổ vàng, and the total.
///
/// Data in: `hinh_thuc` (an award of the table: `giay-khen`, …), `ngay`, optionally `lam_tron`
/// (`len`, `gan-nhat`, `khong`), `so_so_vang_dau` (the first số sổ vàng, 1 by default) and
/// `can_cu` (the office's own căn cứ lines); the list's records with `doi_tuong` (`Tập thể` or
/// `Cá nhân`, cá nhân when absent), `ho_ten`.
public enum AwardDecision {
    /// The decision's data with the computed fields added:
    /// `hinh_thuc_ten`, `nhom` (groups with `ten`, `thanh_vien`), each recipient's `so_tien` and
    /// `so_so_vang`, `so_tap_the`, `so_ca_nhan`, `muc_tap_the`, `muc_ca_nhan`, `tong_tien`,
    /// `doi_tuong_khen` ("12 tập thể và 44 cá nhân"), `tien_thuong` ("tập thể 1.520.000 đồng,
    /// cá nhân 760.000 đồng"), `cach_tinh` (how each amount was computed), and `can_cu` with the
    /// laws and decrees of `basis` in force on the decision date first (see ``citations(_:on:basis:)``).
    public static func prepare(_ decision: Value, list: [Value], table: AwardTable = .bundled,
                               basis: LegalBasis = .bundled) throws(DocumentsError) -> Value {
        guard case .object(var fields) = decision else { throw .missing(field: "quyết định", record: nil) }
        guard let award = decision["hinh_thuc"]?.text, !award.isEmpty else { throw .missing(field: "hinh_thuc", record: nil) }
        guard let dateText = decision["ngay"]?.text, !dateText.isEmpty else { throw .missing(field: "ngay", record: nil) }
        let rounding: Rounding
        if let text = decision["lam_tron"]?.text, !text.isEmpty {
            guard let value = Rounding(rawValue: text) else {
                throw .invalid(field: "lam_tron", value: text, record: nil, expected: "len, gan-nhat hoặc khong")
            }
            rounding = value
        } else {
            rounding = .up
        }
        let firstNumber = decision["so_so_vang_dau"]?.text.flatMap { Int($0) } ?? 1

        var collectives: [Value] = []
        var individuals: [Value] = []
        for (index, record) in list.enumerated() {
            guard let name = record["ho_ten"]?.text?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw .missing(field: "ho_ten", record: index + 1)
            }
            switch Self.kind(of: record["doi_tuong"]?.text ?? "") {
            case .collective?: collectives.append(record)
            case .individual?: individuals.append(record)
            default:
                throw .invalid(field: "doi_tuong", value: record["doi_tuong"]?.text ?? "", record: index + 1,
                               expected: "\"Tập thể\" hoặc \"Cá nhân\"")
            }
        }

        let date: DocumentDate
        do {
            date = try DocumentDate(parsing: dateText)
        } catch {
            throw .rules(error)
        }
        fields["can_cu"] = .list(try citations(decision["can_cu"], on: date, basis: basis).map { .string($0) })
        var groups: [Value] = []
        var total = Decimal(0)
        // With the list's own amounts, what each kind was actually given.
        var given: [Recipient: Set<Decimal>] = [:]
        var number = firstNumber
        var explanations: [String] = []
        var amounts: [Recipient: Decimal] = [:]
        for (recipient, members) in [(Recipient.collective, collectives), (.individual, individuals)] where !members.isEmpty {
            let money: AwardAmount
            do {
                money = try table.amount(award, for: recipient, on: date, rounding: rounding)
            } catch {
                throw .rules(error)
            }
            amounts[recipient] = money.amount
            explanations.append("\(recipient.words): \(money.explanation)")
            var rows: [Value] = []
            let listAmounts = keepsListAmounts(decision)
            for member in members {
                guard case .object(var row) = member else { continue }
                // The list's own amount, when the clerk says the list was approved as it is.
                var amount = money.amount
                if listAmounts, case .number(let own, _)? = row["so_tien"] { amount = own }
                row["so_tien"] = .number(amount, text: NSDecimalNumber(decimal: amount).stringValue)
                given[recipient, default: []].insert(amount)
                row["so_so_vang"] = .string(String(number))
                number += 1
                total += amount
                rows.append(.object(row))
            }
            let title = recipient == .collective ? "TẬP THỂ" : "CÁ NHÂN"
            let roman = (try? Numbering.roman(groups.count + 1)) ?? "I"
            groups.append(.object(["ten": .string("\(roman). \(title)"), "thanh_vien": .list(rows)]))
        }

        let awardName = (try? table.amount(award, for: collectives.isEmpty ? .individual : .collective, on: date))?.awardName ?? award
        let counted = [(collectives.count, "tập thể"), (individuals.count, "cá nhân")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        // Điều 2 says what the list gives: one amount a kind, or "theo danh sách kèm theo" when they differ.
        var mixed = false
        if keepsListAmounts(decision) {
            for (recipient, amountsGiven) in given {
                if amountsGiven.count == 1, let only = amountsGiven.first { amounts[recipient] = only } else { mixed = true }
            }
        }
        let money = [(Recipient.collective, "tập thể"), (.individual, "cá nhân")].compactMap { recipient, word in
            amounts[recipient].map { "\(word) \(Money.format($0, unit: .dong))" }
        }
        fields["hinh_thuc_ten"] = .string(awardName)
        fields["nhom"] = .list(groups)
        fields["so_tap_the"] = .number(Decimal(collectives.count))
        fields["so_ca_nhan"] = .number(Decimal(individuals.count))
        if let amount = amounts[.collective] { fields["muc_tap_the"] = .number(amount) }
        if let amount = amounts[.individual] { fields["muc_ca_nhan"] = .number(amount) }
        fields["tong_tien"] = .number(total, text: NSDecimalNumber(decimal: total).stringValue)
        fields["doi_tuong_khen"] = .string(counted.joined(separator: " và "))
        fields["tien_thuong"] = .string(mixed ? "theo mức ghi trong danh sách kèm theo" : money.joined(separator: ", "))
        fields["cach_tinh"] = .list(explanations.map { .string($0) })
        return .object(fields)
    }

    /// The căn cứ of a decision dated `date`: the documents of `basis` in force on that date, then
    /// the data's own lines. A line of the data that cites a document of the table in force is
    /// left out (the table's wording replaces it); one that cites a date after the decision's, or
    /// a document of the table not in force on its date, is an error naming both dates.
    public static func citations(_ lines: Value?, on date: DocumentDate, basis: LegalBasis = .bundled) throws(DocumentsError) -> [String] {
        var result = basis.inForce(on: date).map(\.citation)
        let typed: [String]
        switch lines {
        case .list(let items)?: typed = items.compactMap(\.text)
        case let value?: typed = value.text.map { $0.split(separator: "\n").map(String.init) } ?? []
        case nil: typed = []
        }
        for (index, line) in typed.enumerated() {
            var text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            while text.hasSuffix(";") || text.hasSuffix(".") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
            guard !text.isEmpty else { continue }
            let field = "can_cu (dòng \(index + 1))"
            if let later = LegalBasis.dates(in: text).first(where: { date < $0 }) {
                throw .invalid(field: field, value: text, record: nil,
                               expected: "văn bản ban hành không sau quyết định: dòng này trích văn bản ngày \(later.numeric), quyết định ngày \(date.numeric)")
            }
            if let cited = basis.document(citedBy: text) {
                guard cited.isInForce(on: date) else {
                    let period = cited.until.map { "từ \(cited.inForce.numeric) đến \($0.numeric)" } ?? "từ \(cited.inForce.numeric)"
                    throw .invalid(field: field, value: text, record: nil,
                                   expected: "văn bản có hiệu lực vào ngày quyết định \(date.numeric): \(cited.name) có hiệu lực \(period); bỏ dòng này, vanban tự trích văn bản đúng ngày")
                }
                continue
            }
            result.append(text)
        }
        return result
    }

    /// The order the decision lists `list`'s records in (its groups: tập thể, then cá nhân, each
    /// in the list's order): the index of each recipient's record, as ``prepare(_:list:table:basis:)``
    /// numbers them. Records of no known kind are left out (``prepare`` refuses them).
    public static func recipientOrder(_ list: [Value]) -> [Int] {
        let groups = recipientGroups(list)
        return groups.collectives + groups.individuals
    }

    /// The indexes of `list`'s tập thể and of its cá nhân, each in the list's order.
    public static func recipientGroups(_ list: [Value]) -> (collectives: [Int], individuals: [Int]) {
        var collectives: [Int] = []
        var individuals: [Int] = []
        for (index, record) in list.enumerated() {
            switch kind(of: record["doi_tuong"]?.text ?? "") {
            case .collective?: collectives.append(index)
            case .individual?: individuals.append(index)
            default: continue
            }
        }
        return (collectives, individuals)
    }

    /// The decision's field saying the list's own amounts stand (`--theo-so-tien-danh-sach`).
    public static let listAmountsField = "so_tien_theo_danh_sach"

    /// Whether the list's own Số tiền stand instead of the decree's amounts.
    public static func keepsListAmounts(_ decision: Value) -> Bool {
        switch decision[listAmountsField] {
        case .bool(let value)?: return value
        case let value?: return ["co", "true", "1", "yes"].contains(FieldName.normalize(value.text ?? ""))
        case nil: return false
        }
    }

    /// The decree's amount for one kind of recipient of `decision` (its award, date and rounding).
    static func decreedAmount(_ decision: Value, for recipient: Recipient, table: AwardTable = .bundled) -> Decimal? {
        guard let award = decision["hinh_thuc"]?.text, !award.isEmpty, let dateText = decision["ngay"]?.text,
            let date = try? DocumentDate(parsing: dateText)
        else { return nil }
        let rounding = decision["lam_tron"]?.text.flatMap { $0.isEmpty ? nil : Rounding(rawValue: $0) } ?? .up
        return try? table.amount(award, for: recipient, on: date, rounding: rounding).amount
    }

    /// `Tập thể` / `Cá nhân` as a spreadsheet may write them (any case, with or without marks);
    /// an empty cell is a cá nhân.
    static func kind(of text: String) -> Recipient? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .individual }
        switch FieldName.normalize(text) {
        case "tap_the", "tt": return .collective
        case "ca_nhan", "cn": return .individual
        case "ho_gia_dinh": return .household
        default: return nil
        }
    }
}
