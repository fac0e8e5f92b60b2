import Foundation
import Testing

/// jing, the RelaxNG validator CI installs: linear in the size of the document, unlike libxml2's
/// validator on long tables. Validates many files in one Java start.
public enum Jing {
    public static var isAvailable: Bool { Shell.which("jing") != nil }

    public static let missingNote: Comment = "SKIPPED: jing is not installed; apt-get install -y --no-install-recommends jing"

    /// The bundled ODF 1.3 schema (the same file vanban validates with).
    public static let schema: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Sources/VanbanODF/Resources/Schema/OpenDocument-v1.3-schema.rng")
    }()

    /// jing's complaints about `files` (flat ODF); empty when all are valid.
    public static func problems(_ files: [URL]) throws -> [String] {
        let result = try Shell.run("jing", ["-i", schema.path] + files.map(\.path))
        let lines = (result.output + result.error).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("[warning]") && !$0.isEmpty }
        if result.status != 0 && lines.isEmpty { return ["jing exited with \(result.status)"] }
        return lines
    }
}
