import Foundation
import Testing
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate
import VanbanTestSupport

/// The built-in documents as Word templates (templates/*.docx, made once from the .fodt ones by
/// LibreOffice): each compiles and renders its sample data to the same paragraphs as the
/// .fodt, and the two seed plans are reproduced from ke-hoach.docx paragraph by paragraph.
@Suite struct DOCXBuiltInTemplateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")

    /// The data of a YAML file with what its `loai` computes (a decision's awards, a plan's budget).
    static func data(_ url: URL) throws -> Value {
        let data = try DataFile.read(url)
        guard let computation = try Computation(for: data) else { return data }
        return try computation.apply(to: data)
    }

    /// ODF paragraphs and Word paragraphs, as lines (a line break, `text:line-break` or `w:br`,
    /// ends a line as ``Document/plainText`` reads it), empty ones left out (an empty ODF
    /// paragraph may be a frame's anchor, which Word writes differently).
    static func both(_ name: String, data: Value) throws -> (odf: [String], word: [String], docx: Data) {
        let odf = try Template(contentsOf: templates.appendingPathComponent("\(name).fodt")).render(data)
        let word = try Template(contentsOf: templates.appendingPathComponent("\(name).docx"))
        let docx = try word.renderDOCXPackage(data)
        let clean = { (lines: [String]) in
            lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return (clean(try odf.document().plainText.components(separatedBy: "\n")), clean(try DOCXFixture.paragraphs(docx).flatMap { $0.components(separatedBy: "\n") }), docx)
    }

    @Test(arguments: ["cong-van", "giay-khen", "giay-moi", "ke-hoach", "quyet-dinh-khen-thuong", "vi-du"])
    func eachBuiltInWordTemplateRendersItsSampleAsTheODFOne(name: String) throws {
        let data = try Self.data(Self.templates.appendingPathComponent("\(name).yaml"))
        let (odf, word, docx) = try Self.both(name, data: data)
        #expect(word.count > 5)
        #expect(word == odf)
        #expect(!word.joined().contains("{{"))
        #expect(try DOCXFixture.packageProblems(docx) == [])
    }

    /// A seed line without its Markdown (as SeedReproductionTests reads the seeds).
    static func clean(_ line: String) -> String {
        var text = line.trimmingCharacters(in: .whitespaces)
        text = text.replacingOccurrences(of: #"^#+\s*"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "***", with: "").replacingOccurrences(of: "**", with: "")
        text = text.replacingOccurrences(of: #"\*(\w+)\*"#, with: "$1", options: .regularExpression)
        if text.hasPrefix("- + ") { text = "+ " + text.dropFirst(4) }
        return text.replacingOccurrences(of: "266 /KH-SYT", with: "266/KH-SYT")
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    @Test(arguments: [("ke-hoach-dak-lak", "ke-hoach-dak-lak-hoi-nghi-dien-hinh"), ("ke-hoach-kon-tum", "ke-hoach-kon-tum-phat-dong-thi-dua")])
    func theSeedIsReproducedFromTheWordTemplateParagraphByParagraph(example: String, seed: String) throws {
        let data = try Self.data(Self.root.appendingPathComponent("examples/\(example).yaml"))
        let (odf, word, docx) = try Self.both("ke-hoach", data: data)
        #expect(word == odf, "the Word template gives the .fodt's paragraphs")
        let output = word.map(Self.squeezed)
        let paragraphs = try String(contentsOf: Self.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/\(seed).txt"),
                                    encoding: .utf8)
            .split(separator: "\n").map { Self.clean(String($0)) }.filter { !$0.isEmpty }
        // Each seed paragraph is one paragraph of the document, or in one (a table row's cells).
        let joined = output.joined()
        let missing = paragraphs.filter { line in !output.contains(Self.squeezed(line)) && !joined.contains(Self.squeezed(line)) }
        #expect(paragraphs.count > 80)
        #expect(missing.isEmpty, "not in the .docx:\n\(missing.joined(separator: "\n"))")
        #expect(try DOCXFixture.packageProblems(docx) == [])
    }
}
