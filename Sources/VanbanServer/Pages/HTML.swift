import Foundation

/// HTML text made safe: every value a page shows goes through ``escape(_:)``.
enum HTML {
    /// `text` with `& < > " '` as entities.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result.append("&amp;")
            case "<": result.append("&lt;")
            case ">": result.append("&gt;")
            case "\"": result.append("&quot;")
            case "'": result.append("&#39;")
            default: result.append(character)
            }
        }
        return result
    }

    /// The hidden input carrying the session's CSRF token; every form has one.
    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(escape(token))\">"
    }

    /// `25/11/2026 14:05` in the server's time zone.
    static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "vi_VN")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        return formatter.string(from: date)
    }
}
