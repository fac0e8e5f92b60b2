/// What went wrong while reading, checking or writing an ODF document.
///
/// Cases hold data; the only sentences are in ``description``, in Vietnamese, for the clerk:
/// what happened, where, and what to do.
public enum ODFError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read (permissions, a folder, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file is larger than vanban accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file is not an OpenDocument text: no or a wrong media type, or an unknown extension.
    case notODF(path: String, found: String?)
    /// The XML is not well formed.
    case malformedXML(path: String, line: Int, column: Int, message: String)
    /// The XML carries a document type declaration (DTD), which ODF never uses.
    case doctypeNotAllowed(path: String, line: Int)
    /// A zip entry whose name leaves the package (`..`, an absolute path).
    case unsafeEntry(path: String, entry: String)
    /// A part an `.odt` needs (`content.xml`) is missing or an entry is too large.
    case missingPart(path: String, part: String)
    /// The document does not follow the ODF 1.3 schema.
    case invalid(path: String, issues: [ValidationIssue])
    /// The output could not be written.
    case cannotWrite(path: String, reason: String)
    // Writing through LibreOffice, and batches.
    /// A PDF or DOCX asked of vanban's own writer, which makes ODF only.
    case needsOffice(path: String, format: OutputFormat)
    /// LibreOffice (`soffice`) is not installed, and `format` needs it.
    case officeMissing(format: OutputFormat)
    /// LibreOffice ran but left `path` unwritten; `detail` is the last line it printed.
    case conversionFailed(path: String, format: String, detail: String)
    /// A record's pages could not be found in, or cut out of, the PDF its batch was converted to.
    case recordPagesNotFound(file: String)
    /// An old binary format (`.xls`, `.doc`) and no LibreOffice to read it.
    case needsOfficeToRead(path: String, newer: String)
    /// Another vanban batch is writing into `folder`.
    case folderBusy(folder: String)
    /// The zip package is damaged (`entry`: the damaged entry, `nil` for the directory).
    case damagedPackage(path: String, entry: String?, damage: ZipDamage)
    /// The zip package holds more entries than vanban accepts.
    case tooManyEntries(path: String, count: Int, limit: Int)
    /// A flat document (`.fodt`) uses a namespace prefix it never declares.
    case undeclaredPrefix(path: String, line: Int, prefix: String)
    /// The document has no `office:body` with an `office:text` inside.
    case noBody(path: String)

    /// The same failure to write, said of `path` instead: a write into a private work folder is
    /// named by the clerk's own folder. Other errors are returned as they are.
    public func writing(into path: String) -> ODFError {
        guard case .cannotWrite(_, let reason) = self else { return self }
        return .cannotWrite(path: path, reason: reason)
    }

    /// The problem in Vietnamese, with its file and place.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): không tìm thấy tệp. Kiểm tra lại đường dẫn và tên tệp."
        case .unreadable(let path, let reason):
            return "\(path): không đọc được tệp (\(reason)). Kiểm tra quyền đọc của tệp."
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): tệp quá lớn (\(megabytes(bytes)) MB, tối đa \(megabytes(limit)) MB). "
                + "Hãy chia nhỏ tài liệu hoặc kiểm tra xem có đúng là tệp văn bản không."
        case .notODF(let path, let found):
            let what = found.map { "kiểu tệp là \"\($0)\"" } ?? "không có kiểu tệp (mimetype)"
            return "\(path): không phải văn bản OpenDocument (\(what)). "
                + "Hãy mở bằng LibreOffice và lưu lại dạng .odt hoặc .fodt."
        case .malformedXML(let path, let line, let column, let message):
            return "\(path):\(line):\(column): XML hỏng: \(message). "
                + "Tệp có thể bị cắt dở hoặc bị sửa tay; hãy mở bằng LibreOffice và lưu lại."
        case .doctypeNotAllowed(let path, let line):
            return "\(path):\(line): tệp có khai báo DTD (<!DOCTYPE>), tệp văn phòng (ODF, Office) không bao giờ có; "
                + "vì an toàn vanban không đọc tệp này."
        case .unsafeEntry(let path, let entry):
            return "\(path): gói .odt chứa mục \"\(entry)\" trỏ ra ngoài gói; vì an toàn vanban không đọc tệp này."
        case .missingPart(let path, let part):
            return "\(path): gói .odt thiếu hoặc hỏng phần \"\(part)\". "
                + "Hãy mở bằng LibreOffice và lưu lại."
        case .invalid(let path, let issues):
            let lines = issues.map { "\(path):\($0.line): \($0.message)" }
            return lines.joined(separator: "\n")
        case .cannotWrite(let path, let reason):
            return "\(path): không ghi được tệp: \(reason)."
        case .needsOffice(let path, let format):
            return "\(path): vanban tự ghi .fodt và .odt; \(format.rawValue.uppercased()) cần LibreOffice."
        case .officeMissing(let format):
            return "cần LibreOffice để ghi \(format.rawValue.uppercased()): "
                + "apt-get install --no-install-recommends libreoffice-writer-nogui (hoặc chọn --dinh-dang fodt, odt)."
        case .recordPagesNotFound(let file):
            return "\(file): không tìm thấy hoặc không cắt được các trang của bản ghi này trong PDF ghép mà LibreOffice làm ra."
        case .conversionFailed(let path, let format, let detail):
            return "\(path): LibreOffice không chuyển được sang \(format.uppercased())"
                + (detail.isEmpty ? "." : " (LibreOffice báo: \(detail)).")
        case .needsOfficeToRead(let path, let newer):
            return "\(path): tệp dạng cũ (Office 97–2003) cần LibreOffice để đọc. Hãy mở bằng Excel/Word và lưu thành \(newer), "
                + "hoặc cài LibreOffice (apt-get install --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui)."
        case .folderBusy(let folder):
            return "\(folder): một lần chạy vanban khác đang ghi vào thư mục này. Chờ lần đó xong rồi chạy lại, "
                + "hoặc chọn thư mục khác (-o)."
        case .damagedPackage(let path, let entry, let damage):
            let place = entry.map { "phần \"\($0)\"" } ?? "mục lục của gói"
            return "\(path): tệp nén (zip) bị hỏng ở \(place): \(damage.text). "
                + "Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại."
        case .tooManyEntries(let path, let count, let limit):
            return "\(path): gói có \(count) phần, tối đa \(limit); đây không phải tệp văn bản thường. "
                + "Hãy mở bằng LibreOffice và lưu lại."
        case .undeclaredPrefix(let path, let line, let prefix):
            return "\(path):\(line): tiền tố \"\(prefix):\" chưa được khai báo (thiếu xmlns:\(prefix)). "
                + "Tệp có thể bị sửa tay; hãy mở bằng LibreOffice và lưu lại."
        case .noBody(let path):
            return "\(path): văn bản không có phần thân (office:body/office:text). "
                + "Hãy mở bằng LibreOffice và lưu lại dạng .odt hoặc .fodt."
        }
    }
}

extension ZipDamage {
    /// What is damaged, in Vietnamese.
    package var text: String {
        switch self {
        case .noDirectory: return "không tìm thấy mục lục ở cuối tệp (tệp bị cắt dở hoặc không phải zip)"
        case .truncated: return "dữ liệu vượt quá cuối tệp (tệp bị cắt dở)"
        case .checksum: return "mã kiểm tra (CRC) không khớp, dữ liệu đã bị thay đổi"
        case .compression: return "dữ liệu nén không giải nén được"
        case .wrongSize: return "kích thước sau khi giải nén khác với kích thước ghi trong gói"
        case .encrypted: return "phần này được mã hóa, vanban không đọc tệp có mật khẩu"
        case .duplicate: return "có hai phần cùng tên"
        case .unsupported: return "dùng kiểu nén hoặc ZIP64 mà văn bản văn phòng không dùng"
        }
    }
}

private func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
}
