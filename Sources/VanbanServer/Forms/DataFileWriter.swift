import Foundation

/// The form's values written as the YAML data file a job reads (`du-lieu.yaml` in the job's
/// folder): every value quoted as a JSON string (YAML reads JSON strings as they are), lists
/// one item a line, nested data as the clerk typed it, indented under its key.
enum DataFileWriter {
    /// The YAML text of `values` for `fields`; fields in `leaveToList` that are empty are left
    /// out, so that the list's column of that name fills them.
    static func yaml(fields: [FormField], values: [String: String], leaveToList: Set<String> = []) -> String {
        var lines: [String] = ["# Dữ liệu từ biểu mẫu của trang vanban."]
        for field in fields {
            let value = (values[field.name] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            let blank = value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            if blank && leaveToList.contains(field.name) { continue }
            switch field.kind {
            case .list:
                let items = value.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if items.isEmpty {
                    lines.append("\(field.name): []")
                } else {
                    lines.append("\(field.name):")
                    lines += items.map { "  - \(quoted($0))" }
                }
            case .structured:
                if blank {
                    lines.append("\(field.name): []")
                } else {
                    lines.append("\(field.name):")
                    lines += value.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                }
            case .multiline:
                lines.append("\(field.name): \(quoted(value.trimmingCharacters(in: .whitespacesAndNewlines)))")
            case .text, .date, .money:
                lines.append("\(field.name): \(quoted(value.trimmingCharacters(in: .whitespaces)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a JSON string literal, which YAML reads as the same string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
