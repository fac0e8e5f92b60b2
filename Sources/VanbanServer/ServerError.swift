import Hummingbird

/// Why the web page refused a request or would not start. Cases hold data; ``description`` is
/// the Vietnamese sentence the clerk reads.
public enum ServerError: Error, Equatable, CustomStringConvertible {
    /// Bound to `host`, which is not the machine itself, and no administrator account exists.
    case noAdministrator(host: String)
    /// The page needs a login.
    case notLoggedIn
    /// The account's role may not do this (`action` names what was asked).
    case forbidden(action: String)
    /// The form's CSRF token is missing or is not this session's.
    case badCSRFToken
    /// Too many failed logins from one place; try again after `seconds`.
    case tooManyLogins(seconds: Int)
    /// Wrong account name or password.
    case wrongPassword
    /// The request body is larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// A form that cannot be read (not multipart, no boundary, cut short).
    case badForm(reason: String)
    /// A field the form must have is missing or empty.
    case missingFormField(name: String)
    /// An uploaded file whose kind is not one of `allowed` (by extension).
    case wrongFileKind(file: String, allowed: [String])
    /// No template, job or file with this identifier.
    case notFound(what: String)
    /// The job is not in a state that allows this (`state` is the Vietnamese state).
    case jobState(state: String)
    /// An account name that is taken, empty or has characters other than a–z, 0–9, `.`, `_`, `-`.
    case badAccountName(name: String)
    /// A password shorter than `minimum` characters.
    case shortPassword(minimum: Int)
    /// The data folder cannot be created or its database opened.
    case storage(path: String, reason: String)
    /// LibreOffice or pdftoppm did not make the preview image.
    case previewFailed(detail: String)
    /// A folder given as the web page's data folder has no `vanban.sqlite`.
    case notADataFolder(path: String)
    /// A backup is written only into a new or empty folder.
    case backupTargetNotEmpty(path: String)
    /// A backup is restored only into a new or empty data folder (and a register file that does not exist).
    case restoreTargetNotEmpty(path: String)
    /// A folder without `sao-luu.json` and `vanban.sqlite`.
    case notABackup(path: String)
    /// Copying `path` failed (disk full, no permission); nothing was left half-written.
    case backupFailed(path: String, reason: String)

    /// The HTTP status a page answers with.
    public var status: HTTPResponse.Status {
        switch self {
        case .notLoggedIn: .unauthorized
        case .forbidden, .badCSRFToken: .forbidden
        case .tooManyLogins: .tooManyRequests
        case .wrongPassword: .unauthorized
        case .tooLarge: .contentTooLarge
        case .badForm, .missingFormField, .wrongFileKind, .badAccountName, .shortPassword: .badRequest
        case .notFound: .notFound
        case .jobState: .conflict
        case .noAdministrator, .storage, .previewFailed, .notADataFolder, .backupTargetNotEmpty, .restoreTargetNotEmpty,
             .notABackup, .backupFailed: .internalServerError
        }
    }

    /// The Vietnamese sentence: what is wrong and what to do.
    public var description: String {
        switch self {
        case .noAdministrator(let host):
            return "Máy chủ nghe ở \(host) (mạng cơ quan) nên phải có tài khoản quản trị trước: "
                + "chạy \"vanban phuc-vu --tao-quan-tri TEN\" rồi chạy lại."
        case .notLoggedIn:
            return "Cần đăng nhập để mở trang này."
        case .forbidden(let action):
            return "Tài khoản văn thư không được \(action); hãy nhờ quản trị."
        case .badCSRFToken:
            return "Biểu mẫu đã cũ hoặc không phải của phiên này (mã chống giả mạo không khớp). Hãy tải lại trang rồi gửi lại."
        case .tooManyLogins(let seconds):
            return "Đăng nhập sai quá nhiều lần. Hãy thử lại sau \(seconds) giây."
        case .wrongPassword:
            return "Sai tên tài khoản hoặc mật khẩu."
        case .tooLarge(let limit):
            let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(max(1, limit / 1024)) KB"
            return "Tệp gửi lên quá lớn: tối đa \(size)."
        case .badForm(let reason):
            return "Không đọc được biểu mẫu gửi lên (\(reason))."
        case .missingFormField(let name):
            return "Thiếu ô \"\(name)\" trong biểu mẫu."
        case .wrongFileKind(let file, let allowed):
            return "Tệp \"\(file)\" không đúng loại: chỉ nhận \(allowed.map { "." + $0 }.joined(separator: ", "))."
        case .notFound(let what):
            return "Không tìm thấy \(what)."
        case .jobState(let state):
            return "Việc này đang ở trạng thái \"\(state)\", không làm được thao tác đó."
        case .badAccountName(let name):
            return "Tên tài khoản \"\(name)\" không dùng được: đã có, hoặc trống, hoặc có ký tự ngoài a–z, 0–9, dấu chấm, gạch dưới, gạch ngang."
        case .shortPassword(let minimum):
            return "Mật khẩu phải có ít nhất \(minimum) ký tự."
        case .storage(let path, let reason):
            return "\(path): không mở được thư mục dữ liệu (\(reason))."
        case .previewFailed(let detail):
            return "Không tạo được ảnh xem trước (\(detail))."
        case .notADataFolder(let path):
            return "\(path): không phải thư mục dữ liệu của trang web (không có vanban.sqlite). "
                + "Hãy chỉ đúng thư mục bằng --thu-muc-du-lieu (máy cài gói: /var/lib/vanban)."
        case .backupTargetNotEmpty(let path):
            return "\(path): thư mục đã có tệp, không sao lưu đè lên được. Hãy chọn một thư mục mới hoặc trống."
        case .restoreTargetNotEmpty(let path):
            return "\(path): đã có dữ liệu, chỉ khôi phục vào nơi trống. "
                + "Hãy dừng trang web, dời thư mục (hoặc tệp) này đi chỗ khác, rồi chạy lại."
        case .notABackup(let path):
            return "\(path): không phải bản sao lưu của vanban (thiếu sao-luu.json hoặc vanban.sqlite). "
                + "Hãy chỉ thư mục do \"vanban sao-luu\" tạo ra."
        case .backupFailed(let path, let reason):
            return "\(path): không sao chép được (\(reason)); không để lại phần ghi dở. "
                + "Hãy kiểm tra chỗ trống trên đĩa và quyền ghi rồi chạy lại."
        }
    }
}
