import Foundation
import VanbanData
import VanbanTemplate

/// Names the files of a batch from a pattern (`{{so_so_vang}}-{{ho_ten}}`): no `/`, no `..`,
/// no control characters, not too long, and unique in their folder (`-2`, `-3`, …).
final class FileNamer {
    private let pattern: Template?
    private let count: Int
    private var used: Set<String> = []

    init(pattern: String?, count: Int) throws(TemplateError) {
        self.pattern = try pattern.map { (text) throws(TemplateError) in
            try Template(text: text, path: "--ten-tep", html: false)
        }
        self.count = count
    }

    /// The file name (without extension) for the record at `index`, in `folder`.
    func name(for record: Value, index: Int, folder: String) throws(TemplateError) -> String {
        var base: String
        if let pattern {
            base = Self.sanitize(try pattern.render(record, index: index, count: count).text)
        } else {
            let width = max(3, String(count).count)
            base = String(repeating: "0", count: max(0, width - String(index + 1).count)) + String(index + 1)
        }
        if base.isEmpty { base = String(index + 1) }
        // Numbered names are unique by construction: nothing to remember.
        guard pattern != nil else { return base }
        var candidate = base
        var counter = 2
        while used.contains("\(folder)/\(candidate)".lowercased()) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert("\(folder)/\(candidate)".lowercased())
        return candidate
    }

    /// What is left of `text` as a file or folder name.
    static func sanitize(_ text: String) -> String {
        var result = ""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": result += "-"
            case "\n", "\r", "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: ".") }
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        result = result.trimmingCharacters(in: CharacterSet(charactersIn: " .-"))
        if result.count > 120 { result = String(result.prefix(120)) }
        return result
    }
}
