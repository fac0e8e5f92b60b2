import VanbanDocuments
import VanbanRules

/// Problems the command line itself finds (the modules' errors go through as they are).
/// Cases hold data; ``description`` is the Vietnamese sentence.
enum CLIError: Error, CustomStringConvertible {
    /// No built-in templates folder was found.
    case noTemplatesFolder
    /// `vanban mau tao NAME` with a name no built-in template has.
    case unknownTemplate(name: String, known: [String])
    /// Copying a built-in template would overwrite `file`.
    case wouldOverwrite(file: String)
    /// Copying a built-in template to `target` failed.
    case cannotCopy(target: String)
    /// An input file does not exist.
    case fileNotFound(file: String)
    /// An input file cannot be read.
    case unreadable(file: String)
    /// A file of a command's own (an award table) was refused by a rule.
    case inFile(file: String, RulesError)
    /// A phôi's positions (`NAME.vi-tri.yaml`) that cannot be used.
    case inProfile(file: String, DocumentsError)
    /// A setting from the environment (`vanban phuc-vu`: VANBAN_CONG…) that is not a whole number.
    case badSetting(variable: String, value: String)

    var description: String {
        switch self {
        case .noTemplatesFolder:
            return "không tìm thấy thư mục templates/ (đặt biến VANBAN_MAU trỏ tới thư mục mẫu)."
        case .unknownTemplate(let name, let known):
            return "không có mẫu \"\(name)\". Các mẫu có: \(known.joined(separator: ", "))."
        case .wouldOverwrite(let file):
            return "\(file) đã có; không ghi đè. Chọn thư mục khác."
        case .cannotCopy(let target):
            return "\(target): không sao được mẫu (kiểm tra quyền ghi vào thư mục)."
        case .fileNotFound(let file):
            return "\(file): không tìm thấy tệp. Kiểm tra lại đường dẫn và tên tệp."
        case .unreadable(let file):
            return "\(file): không đọc được tệp."
        case .inFile(let file, let error):
            return "\(file): \(error)"
        case .badSetting(let variable, let value):
            return "biến \(variable)=\"\(value)\" phải là một số nguyên không âm. "
                + "Máy cài gói .deb: sửa /etc/vanban/vanban.conf rồi chạy lại dịch vụ (systemctl restart vanban)."
        case .inProfile(let file, let error):
            return "\(file): \(error.description)"
        }
    }
}
