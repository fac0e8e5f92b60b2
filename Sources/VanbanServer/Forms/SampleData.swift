import Foundation
import VanbanData

/// A template's sample data file (`templates/NAME.yaml`) read as a form: each top-level field
/// in order, its hint from the comment lines just above it, its kind from its value.
enum SampleData {
    /// The fields of the sample file at `url`; empty when it cannot be read.
    static func fields(of url: URL) -> [FormField] {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let reading = try? DataFile.reading(url), case .object(let values) = reading.value
        else { return [] }
        var comments: [String] = []
        var fields: [FormField] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.hasPrefix("#") {
                comments.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                comments = []
                continue
            }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("-") else { continue }
            let name = String(line[..<colon])
            // The lines of its value below the key (lists, blocks), dedented.
            var block: [String] = []
            while index < lines.count, lines[index].hasPrefix(" ") || lines[index].hasPrefix("-") || lines[index].isEmpty {
                if lines[index].isEmpty, index + 1 < lines.count, !lines[index + 1].hasPrefix(" ") { break }
                block.append(lines[index])
                index += 1
            }
            defer { comments = [] }
            guard FormField.isFieldName(name), let value = values[name] else { continue }
            fields.append(field(name: name, value: value, hint: comments.joined(separator: " "), block: block))
        }
        return fields
    }

    private static func field(name: String, value: Value, hint: String, block: [String]) -> FormField {
        let label = FieldLabels.label(for: name)
        switch value {
        case .list(let items) where items.allSatisfy({ $0.text != nil }):
            return FormField(name: name, label: label, hint: hint, kind: .list,
                             sample: items.compactMap(\.text).joined(separator: "\n"))
        case .list, .object:
            let width = block.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
            return FormField(name: name, label: label, hint: hint, kind: .structured,
                             sample: block.map { String($0.dropFirst(min(width, $0.prefix(while: { $0 == " " }).count))) }
                                 .joined(separator: "\n"))
        default:
            let text = value.text ?? ""
            let kind: FormField.Kind = text.contains("\n") ? .multiline
                : name == "ngay" || name.hasPrefix("ngay_") ? .date
                : name.contains("tien") ? .money : .text
            return FormField(name: name, label: label, hint: hint, kind: kind, sample: displayed(text, kind: kind))
        }
    }

    /// A date as the clerk types it (`2026-01-05` → `05/01/2026`).
    private static func displayed(_ text: String, kind: FormField.Kind) -> String {
        guard kind == .date else { return text }
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4 else { return text }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
