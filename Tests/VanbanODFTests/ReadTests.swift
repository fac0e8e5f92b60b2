import Foundation
import Testing
import VanbanODF

@Suite struct ReadTests {
    @Test func readsALibreOfficeFlatODT() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        #expect(document.mediaType == "application/vnd.oasis.opendocument.text")
        #expect(document.version == "1.3")
        #expect(document.plainText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(document.plainText.contains("Kính gửi: {{ho_ten}}, Trưởng phòng Tổ chức cán bộ"))
    }

    @Test func readsALibreOfficePackageAsOneFlatTree() throws {
        let packaged = try Document(contentsOf: Fixture.url("libreoffice.odt"))
        let flat = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        #expect(packaged.mediaType == "application/vnd.oasis.opendocument.text")
        #expect(packaged.plainText == flat.plainText)
        let xml = String(decoding: packaged.fodtData(), as: UTF8.self)
        for part in ["<office:meta>", "<office:settings>", "<office:styles>", "<office:automatic-styles>",
                     "<office:master-styles>", "<office:body>"] {
            #expect(xml.contains(part), "merged document lacks \(part)")
        }
        // The picture of Pictures/ is embedded, as in LibreOffice's own Flat ODT.
        #expect(xml.contains("<office:binary-data>"))
        #expect(!xml.contains("Pictures/"))
    }

    @Test func mergedPackageIsValidODF13() throws {
        let packaged = try Document(contentsOf: Fixture.url("libreoffice.odt"))
        #expect(SchemaValidator.odf13.validate(packaged) == [])
    }

    @Test func missingFileIsNamed() {
        #expect(throws: ODFError.fileNotFound(path: "/no/such/mau.fodt")) {
            try Document(contentsOf: URL(fileURLWithPath: "/no/such/mau.fodt"))
        }
    }

    @Test func malformedXMLGivesLineAndColumn() throws {
        let text = Fixture.flat(body: ["Sở Y tế</text:span>"])
        do {
            _ = try Document(data: Data(text.utf8), path: "hong.fodt")
            Issue.record("expected an error")
        } catch {
            guard case .malformedXML(let path, let line, let column, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "hong.fodt")
            #expect(line == 5)
            #expect(column > 1)
            #expect(error.description.contains("mismatch"))
            #expect(error.description.hasPrefix("hong.fodt:5:"))
        }
    }

    @Test func anotherMediaTypeIsNotODFText() {
        let text = Fixture.flat(body: ["x"]).replacingOccurrences(of: "opendocument.text", with: "opendocument.spreadsheet")
        #expect(throws: ODFError.notODF(path: "bang.fods", found: "application/vnd.oasis.opendocument.spreadsheet")) {
            try Document(data: Data(text.utf8), path: "bang.fods")
        }
    }

    @Test func xmlThatIsNotODFIsRejected() {
        #expect(throws: ODFError.notODF(path: "a.xml", found: "XML với phần tử gốc <html>")) {
            try Document(data: Data("<html><body/></html>".utf8), path: "a.xml")
        }
    }

    @Test func emptyFileIsMalformed() {
        #expect(throws: ODFError.self) { try Document(data: Data(), path: "rong.fodt") }
    }
}
