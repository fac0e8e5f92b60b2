import Foundation
import Testing
import VanbanTestSupport

@Suite struct ValidateCommandTests {
    @Test func validFileExitsZero() throws {
        let result = try Vanban.run(["kiem-tra", Vanban.fixture("mau.fodt").path])
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("mau.fodt: hợp lệ (ODF 1.3)\n"))
    }

    @Test func schemaErrorsAreOneLinePerProblemWithFileAndLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try String(contentsOf: Vanban.fixture("mau.fodt"), encoding: .utf8)
            .replacingOccurrences(of: "<text:p text:style-name=\"Title\">", with: "<text:p text:style-name=\"Title\" text:sai=\"1\">")
        try folder.write("sai.fodt", template)
        let line = template.components(separatedBy: "\n").firstIndex { $0.contains("text:sai") }! + 1
        let result = try Vanban.run(["validate", "sai.fodt", Vanban.fixture("mau.fodt").path], in: folder.url)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("sai.fodt:\(line): ") == true, "\(result.output)")
        #expect(lines.last?.hasSuffix("hợp lệ (ODF 1.3)") == true)
        #expect(result.error.contains("1/2 tệp có lỗi."))
    }

    @Test func malformedFileIsReportedWithLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("hong.fodt", "<?xml version=\"1.0\"?>\n<office:document>\n<a></b>")
        let result = try Vanban.run(["kiem-tra", "hong.fodt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("hong.fodt:2:"), "\(result.output)")
    }
}
