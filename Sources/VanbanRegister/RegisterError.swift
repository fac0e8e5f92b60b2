import Foundation

/// Why the register refused or failed. Cases hold data; the Vietnamese sentence is in
/// ``description``.
public enum RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No series of this name.
    case unknownSeries(String)
    /// A ký hiệu pattern names a placeholder that does not exist.
    case unknownPlaceholder(String, pattern: String)
    /// A ký hiệu pattern has no `{so}`.
    case patternWithoutNumber(String)
    /// The series does not number this kind of document.
    case kindNotInSeries(kind: String, series: String, kinds: [String])
    /// This number was never taken in this series and year.
    case unknownNumber(series: String, year: Int, number: Int)
    /// This number is already issued.
    case alreadyIssued(series: String, year: Int, number: Int, symbol: String)
    /// This number was cancelled; it is never given again.
    case alreadyCancelled(series: String, year: Int, number: Int)
    /// Another document of the same year already has this số and ký hiệu.
    case duplicateSymbol(String, year: Int)
    /// The database address is neither a file path nor `postgres://user:pass@host:port/db`.
    case badDatabaseAddress(String)
    /// The PostgreSQL server could not be reached or refused the login.
    case cannotConnect(host: String, port: Int, reason: String)
    /// Another issued entry already owns this file path.
    case fileAlreadyRegistered(path: String, symbol: String)
    /// The temporary file is not in its destination's folder, so it cannot be renamed atomically.
    case stagingElsewhere(temporary: String, destination: String)
    /// The written file could not be read back (to compute its SHA-256).
    case unreadableFile(path: String)
    /// The written file could not be forced to disk (the system's reason, in Vietnamese): the
    /// number is not issued.
    case unflushedFile(path: String, reason: String)
    /// The entry is committed but its file could not be moved from the temporary name to its
    /// place; the next ``Register/reconcile()`` retries.
    case renameFailed(from: String, to: String, reason: String)
    /// LibreOffice could not convert the register to PDF.
    case conversionFailed(file: String, reason: String)
    /// The database failed (its own message, untranslated).
    case database(String)

    /// The Vietnamese sentence a clerk reads.
    public var description: String {
        switch self {
        case .unknownSeries(let name):
            return "không có hệ thống số \"\(name)\" trong sổ văn bản đi. Xem các hệ thống số: vanban so-di chuoi"
        case .unknownPlaceholder(let name, let pattern):
            let known = SymbolPattern.placeholders.map { "{\($0)}" }.joined(separator: ", ")
            return "mẫu ký hiệu \"\(pattern)\" có chỗ điền {\(name)} không hiểu được; chỉ dùng: \(known)"
        case .patternWithoutNumber(let pattern):
            return "mẫu ký hiệu \"\(pattern)\" thiếu {so}: ký hiệu nào cũng phải có số"
        case .kindNotInSeries(let kind, let series, let kinds):
            return "hệ thống số \"\(series)\" không cấp số cho loại \"\(kind)\" (chỉ cho: \(kinds.joined(separator: ", ")))"
        case .unknownNumber(let series, let year, let number):
            return "số \(SymbolPattern.numberText(number)) năm \(year) của hệ thống số \"\(series)\" chưa được lấy"
        case .alreadyIssued(let series, let year, let number, let symbol):
            return "số \(SymbolPattern.numberText(number)) năm \(year) của hệ thống số \"\(series)\" đã cấp cho văn bản \(symbol)"
        case .alreadyCancelled(let series, let year, let number):
            return "số \(SymbolPattern.numberText(number)) năm \(year) của hệ thống số \"\(series)\" đã hủy, không dùng lại được"
        case .duplicateSymbol(let symbol, let year):
            return "số, ký hiệu \(symbol) đã có trong sổ văn bản đi năm \(year)"
        case .badDatabaseAddress(let text):
            return "địa chỉ cơ sở dữ liệu \"\(text)\" không hợp lệ: dùng đường dẫn tệp SQLite hoặc postgres://người_dùng:mật_khẩu@máy:cổng/tên_csdl"
        case .cannotConnect(let host, let port, let reason):
            return "không kết nối được PostgreSQL ở \(host):\(port) (\(reason)): máy chủ có chạy không, tên người dùng và mật khẩu có đúng không?"
        case .fileAlreadyRegistered(let path, let symbol):
            return "tệp \(path) đã vào sổ là văn bản \(symbol): ghi văn bản mới ra tệp khác"
        case .stagingElsewhere(let temporary, let destination):
            return "tệp tạm \(temporary) phải nằm cùng thư mục với \(destination)"
        case .unreadableFile(let path):
            return "không đọc lại được tệp vừa ghi \(path)"
        case .unflushedFile(let path, let reason):
            return "không lưu được tệp vừa ghi \(path) xuống đĩa (\(reason)): số chưa được cấp, hãy ghi lại"
        case .renameFailed(let from, let to, let reason):
            return "đã vào sổ nhưng chưa đổi được tên tệp \(from) thành \(to) (\(reason)); lần mở sổ sau sẽ thử lại"
        case .conversionFailed(let file, let reason):
            return "LibreOffice không chuyển được \(file) sang PDF: \(reason). Cài LibreOffice (gói libreoffice-calc-nogui) rồi thử lại"
        case .database(let message):
            return "lỗi cơ sở dữ liệu: \(message)"
        }
    }
}
