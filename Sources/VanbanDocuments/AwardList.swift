import Foundation
import VanbanData
import VanbanRules

/// The danh sách of a Quyết định khen thưởng, checked before anything is computed from it: a
/// list that would make a wrong decision is refused. Refused: an empty list; a list without a
/// column telling tập thể from cá nhân (unless the common data says what all are, in
/// `doi_tuong_chung`); a recipient-kind cell that is neither; a record without a name; the same
/// recipient (same name and unit, after normalising spaces, case and Unicode form; tone marks
/// count: ``PersonKey``) twice, unless allowed
/// (`--cho-phep-trung`). Errors name the file, the rows and the column headings as written.
public enum AwardList {
    /// The common data's field saying what every record is: `doi_tuong_chung: Cá nhân`.
    public static let commonKindField = "doi_tuong_chung"

    /// The records, each with its `doi_tuong` (from its column, or from `doi_tuong_chung`),
    /// or the list's errors, all of them, one line each.
    public static func check(_ records: [ListRecord], of list: RecordList, common: Value? = nil,
                             allowDuplicates: Bool = false) throws(DataError) -> [ListRecord] {
        let path = list.url.relativePath
        guard !records.isEmpty else { throw .emptyList(path: path) }
        let kindHeading = list.heading(of: "doi_tuong") ?? "Đối tượng"
        let nameHeading = list.heading(of: "ho_ten") ?? "Họ và tên"
        // A kind comes from its column, or from the section rows of the list ("I. TẬP THỂ").
        let hasKindColumn = list.columns.map { $0.column(for: "doi_tuong") != nil || list.derivedFields.contains("doi_tuong") }
            ?? records.contains { $0.value["doi_tuong"] != nil }
        let commonKind = (common?[commonKindField] ?? records.first?.value[commonKindField])?.text.flatMap { $0.isEmpty ? nil : $0 }

        var errors: [DataError] = []
        var checked = records
        if !hasKindColumn {
            guard let commonKind, recipient(commonKind) != nil else {
                throw .noRecipientKindColumn(path: path, records: records.count)
            }
            checked = records.map { record in
                guard case .object(var fields) = record.value else { return record }
                fields["doi_tuong"] = .string(commonKind)
                return ListRecord(row: record.row, value: .object(fields))
            }
        } else {
            let bad = records.filter { recipient($0.value["doi_tuong"]?.text ?? "") == nil }
            if !bad.isEmpty {
                errors.append(.unknownRecipientKinds(path: path, heading: kindHeading, rows: bad.map(\.row),
                                                     texts: bad.map { $0.value["doi_tuong"]?.text ?? "" }))
            }
        }
        let unnamed = records.filter { ($0.value["ho_ten"]?.text ?? "").isEmpty }
        if !unnamed.isEmpty { errors.append(.missingNames(path: path, heading: nameHeading, rows: unnamed.map(\.row))) }

        // A list's own amounts that are not the decree's: refused, unless the list's amounts stand.
        if let common, list.columns?.column(for: "so_tien") != nil, !AwardDecision.keepsListAmounts(common) {
            var rows: [Int] = [], listed: [Decimal] = [], decreed: [Decimal] = []
            var amounts: [Recipient: Decimal?] = [:]
            for record in checked {
                guard case .number(let own, _)? = record.value["so_tien"],
                    let kind = AwardDecision.kind(of: record.value["doi_tuong"]?.text ?? "")
                else { continue }
                if amounts[kind] == nil { amounts[kind] = AwardDecision.decreedAmount(common, for: kind) }
                guard let amount = amounts[kind] ?? nil, own != amount else { continue }
                rows.append(record.row)
                listed.append(own)
                decreed.append(amount)
            }
            if !rows.isEmpty {
                errors.append(.listAmountsDiffer(path: path, heading: list.heading(of: "so_tien") ?? "Số tiền", rows: rows,
                                                 listed: listed, decreed: decreed))
            }
        }

        if !allowDuplicates {
            var rowsByKey: [String: [Int]] = [:]
            var order: [String] = []
            var shown: [String: (String, String)] = [:]
            for record in records {
                let name = record.value["ho_ten"]?.text ?? ""
                let unit = record.value["don_vi"]?.text ?? ""
                guard !name.isEmpty else { continue }
                let key = PersonKey.of(name: name, unit: unit)
                if rowsByKey[key] == nil {
                    order.append(key)
                    shown[key] = (name, unit)
                }
                rowsByKey[key, default: []].append(record.row)
            }
            for key in order {
                guard let rows = rowsByKey[key], rows.count > 1, let (name, unit) = shown[key] else { continue }
                errors.append(.duplicateRecipient(path: path, name: name, unit: unit, rows: rows))
            }
        }
        if errors.count == 1 { throw errors[0] }
        if errors.count > 1 { throw .several(errors) }
        return checked
    }

    /// Tập thể or Cá nhân as a spreadsheet may write them (any case, with or without marks,
    /// `TT`/`CN`); an empty cell is neither.
    static func recipient(_ text: String) -> String? {
        switch FieldName.normalize(text) {
        case "tap_the", "tt": return "Tập thể"
        case "ca_nhan", "cn": return "Cá nhân"
        case "ho_gia_dinh": return "Hộ gia đình"
        default: return nil
        }
    }
}
