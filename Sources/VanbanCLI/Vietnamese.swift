import Foundation

/// Translates swift-argument-parser's English help and error text into Vietnamese.
/// The help the commands declare is already Vietnamese; this covers the library's own words.
enum Vietnamese {
    /// Patterns in the order they are applied: longer, more specific ones first.
    private static let replacements: [(pattern: String, template: String)] = [
        (#"Error: "#, "Lỗi: "),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "không có tùy chọn '$1'. Có phải '$2'?"),
        (#"Unknown option '([^']*)'"#, "không có tùy chọn '$1'."),
        (#"(\d+) unexpected arguments: (.*)"#, "thừa $1 đối số: $2."),
        (#"Unexpected argument '([^']*)'"#, "thừa đối số '$1'."),
        (#"Missing expected argument '([^']*)'"#, "thiếu đối số '$1'."),
        (#"Missing value for '([^']*)'"#, "thiếu giá trị cho '$1'."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "giá trị '$1' không hợp lệ cho '$2'"),
        (#"\. Please provide one of (.*?)(?: or | and )('[^']*')\."#, ". Hãy chọn một trong: $1 hoặc $2."),
        (#"\. Please provide one of (.*)\."#, ". Hãy chọn một trong: $1."),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#,
         "tùy chọn '$1' không nhận giá trị, nhưng đã ghi '$2'."),
        (#"Missing required subcommand\."#, "thiếu lệnh."),
        (#"  See '([^']*)' for more information\."#, "  Xem '$1' để biết thêm."),
        (#"See '([^']*) <subcommand>' for detailed help\."#, "Xem '$1 <lệnh>' để biết chi tiết từng lệnh."),
        (#"(?m)^Usage: "#, "Cách dùng: "),
        (#"(?m)^Help:  "#, "Trợ giúp:  "),
        (#"(?m)^OVERVIEW: "#, "TỔNG QUAN: "),
        (#"(?m)^USAGE: "#, "CÁCH DÙNG: "),
        (#"(?m)^ARGUMENTS:"#, "ĐỐI SỐ:"),
        (#"(?m)^OPTIONS:"#, "TÙY CHỌN:"),
        (#"(?m)^SUBCOMMANDS:"#, "LỆNH:"),
        (#"Show help information\."#, "Hiện trợ giúp này."),
        (#"Show the version\."#, "Hiện phiên bản."),
        (#"\(default: ([^)]*)\)"#, "(mặc định: $1)"),
        (#"\(values: ([^;)]*)\)"#, "(giá trị: $1)"),
        (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "(giá trị: $1; mặc định: $2)"),
        (#"<subcommand>"#, "<lệnh>"),
        (#"<options>"#, "<tùy-chọn>"),
        (#"\(default\)"#, "(mặc định)"),
    ]

    /// The patterns compiled (each is a literal above; one that does not compile is skipped).
    private static let compiled: [(NSRegularExpression, String)] = replacements.compactMap { replacement in
        (try? NSRegularExpression(pattern: replacement.pattern)).map { ($0, replacement.template) }
    }

    static func translate(_ text: String) -> String {
        var result = text
        for (expression, template) in compiled {
            result = expression.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: template)
        }
        return result
    }
}
