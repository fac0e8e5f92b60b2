import Foundation
import Testing
import VanbanTestSupport

/// The two real plans of ../shared/seeds, rendered from examples/ with the built-in ke-hoach
/// template and read back from LibreOffice's PDF: every paragraph, list item, budget line and
/// the amount in words of the seed is there (white space, hyphenation at line ends and the
/// seed's Markdown markers aside; the Đắk Lắk seed's "266 /KH-SYT" is written 266/KH-SYT).
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct SeedReproductionTests {
    static let root = BuiltInTemplateTests.templates.deletingLastPathComponent()
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// A seed line without its Markdown: headings, bold and italic markers, nested list marks.
    static func clean(_ line: String) -> String {
        var text = line.trimmingCharacters(in: .whitespaces)
        text = text.replacingOccurrences(of: #"^#+\s*"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "***", with: "").replacingOccurrences(of: "**", with: "")
        text = text.replacingOccurrences(of: #"\*(\w+)\*"#, with: "$1", options: .regularExpression)
        if text.hasPrefix("- + ") { text = "+ " + text.dropFirst(4) }
        return text.replacingOccurrences(of: "266 /KH-SYT", with: "266/KH-SYT")
    }

    /// Text compared without white space and hyphens (pdftotext joins a word hyphenated at a
    /// line end, and drops a dash that ends a line).
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" }.map(Character.init))
    }

    /// The PDF's text without the page numbers at the top of pages 2 and after.
    static func pdfText(_ pdf: URL) throws -> String {
        try LibreOffice.pdfText(pdf).components(separatedBy: "\u{0C}").map { page in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
            if let first = lines.first, first.allSatisfy(\.isNumber) { lines.removeFirst() }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    @Test(arguments: [("ke-hoach-dak-lak", "ke-hoach-dak-lak-hoi-nghi-dien-hinh"), ("ke-hoach-kon-tum", "ke-hoach-kon-tum-phat-dong-thi-dua")])
    func theSeedIsReproducedParagraphByParagraph(example: String, seed: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rendered = try Vanban.run(["tao", "ke-hoach", "examples/\(example).yaml", "-o", folder.file("\(example).fodt").path],
                                      in: Self.root)
        #expect(rendered.status == 0, "\(rendered.error)")
        #expect(try Jing.isAvailable ? Jing.problems([folder.file("\(example).fodt")]) == [] : true)
        let pdf = try LibreOffice.convert([folder.file("\(example).fodt")], to: "pdf", into: folder.url)[0]
        let text = try Self.pdfText(pdf)
        #expect(!text.contains("{{"))
        let output = Self.squeezed(text)
        let paragraphs = try String(contentsOf: Self.seeds.appendingPathComponent("\(seed).txt"), encoding: .utf8)
            .split(separator: "\n").map { Self.clean(String($0)) }.filter { !$0.isEmpty }
        let missing = paragraphs.filter { !output.contains(Self.squeezed($0)) }
        print("\(seed): \(paragraphs.count - missing.count)/\(paragraphs.count) paragraphs reproduced")
        #expect(paragraphs.count > 80)
        #expect(missing.isEmpty, "not in the PDF:\n\(missing.joined(separator: "\n"))")
    }
}
