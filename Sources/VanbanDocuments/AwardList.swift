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
            // A list holds a few spellings of its kinds: each is read once.
            var known: [String: String?] = [:]
            let bad = records.filter { record in
                let text = record.value["doi_tuong"]?.text ?? ""
                if let kind = known[text] { return kind == nil }
                let kind = recipient(text)
                known[text] = kind
                return kind == nil
            }
            if !bad.isEmpty {
                errors.append(.unknownRecipientKinds(path: path, heading: kindHeading, rows: bad.map(\.row),
                                                     texts: bad.map { $0.value["doi_tuong"]?.text ?? "" }))
            }
        }
        let unnamed = records.filter { ($0.value["ho_ten"]?.text ?? "").isEmpty }
        if !unnamed.isEmpty { errors.append(.missingNames(path: path, heading: nameHeading, rows: unnamed.map(\.row))) }

        if let common {
            errors += awardAndNoteProblems(checked, of: list, common: common)
            errors += listAmountProblems(checked, of: list, common: common)
        }
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

    /// Rows whose Hình thức is not the decision's award, and rows whose Ghi chú says the person is
    /// not proposed ("Rút khỏi danh sách", "Không đề nghị").
    static func awardAndNoteProblems(_ records: [ListRecord], of list: RecordList, common: Value) -> [DataError] {
        let path = list.url.relativePath
        var errors: [DataError] = []
        if let award = common["hinh_thuc"]?.text, !award.isEmpty, let column = list.columns?.column(for: "hinh_thuc") {
            let words = Set(FieldName.normalize(award).split(separator: "_"))
            let other = records.compactMap { record -> (Int, String)? in
                guard let text = record.value["hinh_thuc"]?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                return words.isSubset(of: Set(FieldName.normalize(text).split(separator: "_"))) ? nil : (record.row, text)
            }
            if !other.isEmpty {
                errors.append(.awardDiffersFromDecision(path: path, heading: column.heading, rows: other.map(\.0),
                                                        texts: other.map(\.1), award: award))
            }
        }
        // Notes, results of the review, approval: a column that says a person is out.
        for column in list.columns?.columns ?? [] where isVerdictColumn(column) {
            let withdrawn = records.compactMap { record -> (Int, String)? in
                guard let text = record.value[column.field]?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                let key = "_" + FieldName.normalize(text) + "_"
                let whole = FieldName.normalize(text)
                return withdrawalWords.contains { key.contains("_" + $0 + "_") } || withdrawalNotes.contains(whole)
                    ? (record.row, text) : nil
            }
            if !withdrawn.isEmpty {
                errors.append(.withdrawnInNotes(path: path, heading: column.heading, rows: withdrawn.map(\.0),
                                                texts: withdrawn.map(\.1)))
            }
        }
        // A tập thể has no chức vụ: a row with both is a person marked Tập thể (a slip in the dropdown).
        if list.columns?.column(for: "chuc_vu") != nil {
            let slipped = records.filter { record in
                recipient(record.value["doi_tuong"]?.text ?? "") == "Tập thể"
                    && !(record.value["chuc_vu"]?.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            }
            if !slipped.isEmpty {
                errors.append(.collectiveWithTitle(path: path, rows: slipped.map(\.row),
                                                   names: slipped.map { $0.value["ho_ten"]?.text ?? "" }))
            }
        }
        return errors
    }

    /// A column whose heading says it judges the row: ghi chú, kết quả (bình xét), duyệt, xét.
    static func isVerdictColumn(_ column: ColumnMap.Column) -> Bool {
        let key = "_" + FieldName.normalize(column.heading) + "_"
        return column.field == "ghi_chu" || ["_ghi_chu_", "_ket_qua_", "_binh_xet_", "_duyet_", "_xet_", "_y_kien_"].contains {
            key.contains($0)
        }
    }

    /// A whole note that takes a person out: "Không", "Bỏ", "Hoãn", "Gạch".
    static let withdrawalNotes: Set<String> = ["khong", "bo", "hoan", "gach", "loai", "huy", "khong_dat", "rut", "xoa"]

    /// Notes that take a person out of the list.
    static let withdrawalWords = ["rut", "rut_khoi", "khong_de_nghi", "khong_khen", "loai_khoi", "loai", "da_chuyen_cong_tac",
                                  "nghi_huu", "chuyen_cong_tac", "khong_du_dieu_kien", "chua_du_dieu_kien", "huy", "khong_dat",
                                  "khong_du", "chua_du", "ky_luat", "trung_voi", "trung", "chuyen_sang", "thay_bang", "ra_khoi",
                                  "da_mat", "tu_tran", "thoi_viec", "nghi_viec", "tam_hoan", "hoan", "xoa"]

    /// When the list's own amounts stand: each must be there, and in đồng.
    static func listAmountProblems(_ records: [ListRecord], of list: RecordList, common: Value) -> [DataError] {
        guard AwardDecision.keepsListAmounts(common), let column = list.columns?.column(for: "so_tien") else { return [] }
        let path = list.url.relativePath
        let key = "_" + FieldName.normalize(column.heading) + "_"
        let inThousands = ["_nghin_", "_ngan_", "_trieu_", "_1000_", "_1_000_"].contains { key.contains($0) }
        var empty: [Int] = [], small: [Int] = [], far: [Int] = []
        for record in records {
            switch record.value["so_tien"] {
            case .number(let amount, _)?:
                if inThousands || amount < 10_000 {
                    small.append(record.row)
                } else if let kind = AwardDecision.kind(of: record.value["doi_tuong"]?.text ?? ""),
                    let decreed = AwardDecision.decreedAmount(common, for: kind), decreed > 0,
                    amount >= decreed * 5 || amount * 5 <= decreed
                {
                    // A zero too many or too few: five times the decree's amount or more, or a fifth or less.
                    far.append(record.row)
                }
            default: empty.append(record.row)
            }
        }
        var errors: [DataError] = []
        if !empty.isEmpty { errors.append(.emptyCells(path: path, heading: column.heading, field: "so_tien", rows: empty)) }
        if !small.isEmpty { errors.append(.amountsNotInDong(path: path, heading: column.heading, rows: small)) }
        if !far.isEmpty { errors.append(.amountsFarFromDecree(path: path, heading: column.heading, rows: far)) }
        return errors
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
