import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

@Suite struct ValidationTests {
    @Test func strictDocumentsHaveNoIssues() throws {
        #expect(try SchemaValidator.odf13.validateFile(at: Fixture.url("libreoffice.fodt")) == [])
        #expect(try SchemaValidator.odf13.validateFile(at: Fixture.url("libreoffice.odt")) == [])
        #expect(try SchemaValidator.odf13.validateFile(at: Fixture.url("libreoffice-source.fodt")) == [])
    }

    @Test func unknownElementIsReportedAtItsLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = Fixture.flat(body: ["một", "hai"]).replacingOccurrences(
            of: "   <text:p>hai</text:p>", with: "   <text:bogus>hai</text:bogus>")
        let file = try folder.write("sai.fodt", text)
        let issues = try SchemaValidator.odf13.validateFile(at: file)
        #expect(!issues.isEmpty)
        #expect(issues.first?.line == 6)
        #expect(issues.first?.located(in: "sai.fodt").hasPrefix("sai.fodt:6: ") == true)
    }

    @Test func packagePartsAreNamedInIssues() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // An attribute the schema does not know, written into content.xml through a package round trip.
        let text = String(decoding: document.fodtData(), as: UTF8.self)
            .replacingOccurrences(of: "<office:text>", with: "<office:text text:bogus=\"1\">")
        let broken = try Document(data: Data(text.utf8), path: "sai.fodt")
        try broken.write(to: folder.file("sai.odt"))
        let issues = try SchemaValidator.odf13.validateFile(at: folder.file("sai.odt"))
        #expect(issues.contains { $0.part == "content.xml" && $0.line > 0 })
        #expect(issues.allSatisfy { $0.part == "content.xml" })
    }
}
