import VanbanODF

/// What went wrong while reading a data file.
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The bytes are not UTF-8 text.
    case notUTF8(path: String)
    /// The file is larger than vanban accepts for data.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The YAML or JSON does not parse, at `line`:`column` (1-based).
    case syntax(path: String, line: Int, column: Int, problem: String)
    /// A construct vanban does not read (an alias, a non-text key).
    case unsupported(path: String, line: Int, column: Int, what: String)
    /// A spreadsheet's package (zip) or one of its XML parts is damaged or too large.
    case package(ODFError)
    /// A spreadsheet cell (`C7`) that cannot be read.
    case badCell(path: String, cell: String, problem: CellProblem)
    /// A spreadsheet past one of vanban's limits (cells, columns, shared text).
    case sheetTooLarge(path: String, limit: SheetLimit, value: Int)
    /// A YAML alias (`*name`), refused before anything is expanded.
    case alias(path: String, line: Int, column: Int)
    /// Lists and groups nested deeper than vanban reads.
    case tooDeep(path: String, line: Int, column: Int, limit: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): không tìm thấy tệp dữ liệu. Kiểm tra lại đường dẫn và tên tệp."
        case .unreadable(let path, let reason):
            return "\(path): không đọc được tệp dữ liệu (\(reason))."
        case .notUTF8(let path):
            return "\(path): tệp dữ liệu không phải văn bản UTF-8. Hãy lưu lại với bảng mã UTF-8 (Unicode)."
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): tệp dữ liệu quá lớn (\(bytes) byte, tối đa \(limit) byte)."
        case .syntax(let path, let line, let column, let problem):
            return "\(path):\(line):\(column): sai cú pháp: \(problem). "
                + "Kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng tab) và dấu ngoặc kép ở dòng này."
        case .unsupported(let path, let line, let column, let what):
            return "\(path):\(line):\(column): vanban không đọc được \(what)."
        case .package(let error):
            return error.description
        case .badCell(let path, let cell, let problem):
            return "\(path): ô \(cell): \(problem.text)"
        case .sheetTooLarge(let path, let limit, let value):
            return "\(path): \(limit.text(value)). Hãy chép danh sách sang một bảng tính mới chỉ gồm các dòng, cột cần dùng."
        case .alias(let path, let line, let column):
            return "\(path):\(line):\(column): vanban không đọc bí danh YAML (*tên); hãy viết đầy đủ giá trị ở chỗ này."
        case .tooDeep(let path, let line, let column, let limit):
            return "\(path):\(line):\(column): danh sách, nhóm lồng nhau quá \(limit) tầng; hãy bớt tầng lồng."
        }
    }
}
