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
        }
    }
}
