import VanbanRules

/// What a reader changed or noticed in the data on its way in, for the clerk to check.
public struct DataWarning: Equatable, Sendable, CustomStringConvertible {
    /// What was changed or noticed.
    public enum Kind: Equatable, Sendable {
        /// The value was typed in a legacy font and converted to Unicode.
        case legacyFont(LegacyEncoding)
        /// Names written in capitals in a name column (`heading`), at `rows`: kept as written.
        case capitalNames(heading: String, rows: [Int])
        /// The sheet read, of a workbook's `sheets` (hidden ones marked by the reader's choice).
        case sheetChosen(sheet: String, sheets: [String])
        /// Rows with something in them that are not records, and why.
        case rowsLeftOut(LeftOutReason, rows: [Int])
        /// A column (`heading`) not printed: it would fill `field`, which the common data gives for the
        /// whole document (a "Ghi chú" column beside the invitation's note).
        case columnSetAside(heading: String, field: String)
        /// Invisible characters (zero-width spaces and joiners, BOM, soft hyphens, direction marks)
        /// taken out of the cells of `rows`.
        case invisibleCharacters(rows: [Int])
    }

    /// Why a row of a list is not a record.
    public enum LeftOutReason: String, Equatable, Sendable {
        /// Hidden by hand.
        case hidden
        /// Hidden by a filter.
        case filtered
        /// A section heading ("I. TẬP THỂ"), whose kind or group its rows take.
        case section
        /// A total, with or without its label.
        case total
        /// A row numbered in advance and left empty.
        case numberOnly

        /// The Vietnamese words for such rows.
        public var words: String {
            switch self {
            case .hidden: return "dòng ẩn"
            case .filtered: return "dòng bị bộ lọc ẩn"
            case .section: return "dòng tiêu đề mục (đặt đối tượng, nhóm cho các dòng dưới)"
            case .total: return "dòng tổng"
            case .numberOnly: return "dòng chỉ có số thứ tự"
            }
        }
    }

    /// The data file.
    public let path: String
    /// The line of the value, or the row of a list (0 when unknown; the first row for a warning on several).
    public let line: Int
    /// The field, dotted (`nguoi_ky.ho_ten`, `danh_sach[3].don_vi`).
    public let field: String
    /// What was changed or noticed.
    public let kind: Kind

    /// A warning about `field` of `path`, at `line`.
    public init(path: String, line: Int, field: String, kind: Kind) {
        self.path = path
        self.line = line
        self.field = field
        self.kind = kind
    }

    /// A value converted from a legacy font.
    public init(path: String, line: Int, field: String, converted: LegacyEncoding) {
        self.init(path: path, line: line, field: field, kind: .legacyFont(converted))
    }

    /// The legacy font encoding the value was converted from, if that is the warning.
    public var converted: LegacyEncoding? {
        if case .legacyFont(let encoding) = kind { return encoding }
        return nil
    }

    /// The warning in Vietnamese, with its file and line.
    public var description: String {
        switch kind {
        case .legacyFont(let encoding):
            return "\(path):\(line): trường \"\(field)\" được gõ bằng phông \(encoding.rawValue) cũ, đã chuyển sang Unicode; hãy kiểm tra lại chữ."
        case .capitalNames(let heading, let rows):
            return "\(path), cột \"\(heading)\": \(rows.count) tên viết IN HOA (\(DataError.listed(rows.map { "dòng \($0)" }))), "
                + "được giữ nguyên; mẫu có thể in {{\(field) | ten_rieng}} (Nguyễn Văn An)."
        case .sheetChosen(let sheet, let sheets):
            return "\(path): đọc trang «\(sheet)» (tệp có các trang " + sheets.map { "«\($0)»" }.joined(separator: ", ")
                + "; chọn trang khác bằng --trang-tinh)."
        case .rowsLeftOut(let reason, let rows):
            return "\(path): bỏ \(rows.count) \(reason.words): " + DataError.listed(rows.map(String.init)) + "."
        case .columnSetAside(let heading, let field):
            return "\(path): cột \"\(heading)\" của danh sách không được in: mẫu in \"\(field)\" chung cho mọi văn bản "
                + "(trong dữ liệu chung)."
        case .invisibleCharacters(let rows):
            return "\(path): đã bỏ ký tự ẩn (khoảng trắng không độ rộng, gạch nối mềm, dấu hướng chữ) ở "
                + DataError.listed(rows.map { "dòng \($0)" }) + "."
        }
    }
}

/// A data file's value and the warnings of reading it.
public struct DataReading: Sendable {
    /// The value read.
    public let value: Value
    /// What reading it converted or guessed, in order.
    public let warnings: [DataWarning]
}
