import Foundation

/// A submitted form: its text fields and its files (`multipart/form-data` or
/// `application/x-www-form-urlencoded`). File names are kept only to be shown and to check
/// their extension; they never become paths.
struct FormData: Sendable {
    /// An uploaded file.
    struct File: Sendable {
        /// The name the browser gave (shown only).
        let name: String
        let bytes: Data

        /// The lower-cased extension of the given name.
        var fileExtension: String { (name as NSString).pathExtension.lowercased() }
    }

    var fields: [String: String] = [:]
    var files: [String: File] = [:]

    /// The trimmed value of `name`, or `nil` when it is missing or empty.
    func value(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Parses `body` as the content type says.
    static func parse(_ body: Data, contentType: String?) throws(ServerError) -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") {
            guard let boundary = Self.parameter("boundary", of: contentType ?? "") else {
                throw .badForm(reason: "thiếu boundary")
            }
            return try MultipartReader(boundary: boundary).read(body)
        }
        if type.hasPrefix("application/x-www-form-urlencoded") || type.isEmpty {
            return FormData(fields: urlEncoded(String(decoding: body, as: UTF8.self)))
        }
        throw .badForm(reason: "kiểu \(type) không phải biểu mẫu")
    }

    /// `a=1&b=x+y` → `["a": "1", "b": "x y"]`, NFC.
    static func urlEncoded(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                (part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "").precomposedStringWithCanonicalMapping
            }
            let key = decode(parts[0])
            fields[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// A `name=value` parameter of a header value (quotes removed).
    static func parameter(_ name: String, of header: String) -> String? {
        for part in header.split(separator: ";") {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pieces[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
