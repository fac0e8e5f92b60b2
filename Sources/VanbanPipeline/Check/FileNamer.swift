import Foundation
import VanbanData
import VanbanTemplate

/// Names the files of a batch from a pattern (`{{so_so_vang}}-{{ho_ten}}`): no `/`, no `..`,
/// no control characters, at most 255 bytes with its extension, and unique in its folder
/// (`-2`, `-3`, …). Without a pattern, files are numbered in the list's order, zero-padded to
/// the list's width so that they sort (`007`).
final class FileNamer {
    /// The most bytes of a file name (ext4, most file systems).
    static let maxNameBytes = 255

    private let pattern: Template?
    private var used: Set<String> = []

    init(pattern: String?) throws(JobError) {
        do {
            self.pattern = try pattern.map { (text) throws(TemplateError) in
                try Template(text: text, path: "--ten-tep", html: false)
            }
        } catch {
            throw .fileNamePattern(error)
        }
    }

    /// Whether names come from the records (else they are numbers, given by ``numbered(_:of:)``).
    var usesPattern: Bool { pattern != nil }

    /// The file name (without extension) for a record, unique in `folder`; throws when the
    /// pattern cannot be filled or the name is empty or too long with `fileExtension`.
    func name(for record: Value, place: RecordPlace, total: Int?, folder: String, fileExtension: String) throws(JobError) -> String {
        guard let pattern else { return "" }
        let index = place.numbers[0] - 1
        var base: String
        do {
            base = Self.sanitize(try pattern.render(record, index: index, count: total ?? Int.max).text)
        } catch {
            throw .records(error.all.map { $0.said(of: place) }, records: index + 1)
        }
        guard !base.isEmpty else { throw .badFileName(name: "", record: place, bytes: 0) }
        var candidate = base
        var counter = 2
        while used.contains("\(folder)/\(candidate)".lowercased()) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        let bytes = candidate.utf8.count + 1 + fileExtension.utf8.count
        guard bytes <= Self.maxNameBytes else { throw .badFileName(name: candidate, record: place, bytes: bytes) }
        used.insert("\(folder)/\(candidate)".lowercased())
        return candidate
    }

    /// `number` (1-based) zero-padded to the width of `count` (at least 3 digits).
    static func numbered(_ number: Int, of count: Int) -> String {
        let width = max(3, String(count).count)
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// What is left of `text` as a file or folder name: at most 200 bytes, cut between characters.
    static func sanitize(_ text: String) -> String {
        var result = ""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": result += "-"
            case "\n", "\r", "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || InvisibleCharacters.isInvisible(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: ".") }
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        result = result.trimmingCharacters(in: CharacterSet(charactersIn: " .-"))
        while result.utf8.count > 200 { result.removeLast() }
        return result
    }
}
