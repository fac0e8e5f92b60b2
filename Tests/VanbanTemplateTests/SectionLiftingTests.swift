import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

/// Sections in paragraphs of their own repeat the blocks between their tags; sections side by
/// side stay apart (ODF and Word share one lifter).
@Suite struct SectionLiftingTests {
    @Test func sectionsSideBySideStayApart() throws {
        let body = ["{{#a}}", "A {{.}}", "{{/a}}", "{{#b}}", "B {{.}}", "{{/b}}", "hết"]
            .map { "<text:p>\($0)</text:p>" }.joined()
        let template = try Template(document: try ODFFixture.document(body))
        let record = try ODFFixture.data("a: [1, 2]\nb: [3]")
        let text = try template.render(record, index: 0, count: 1).document().plainText
        #expect(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == ["A 1", "A 2", "B 3", "hết"])
    }
}
