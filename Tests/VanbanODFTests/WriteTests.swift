import Foundation
import Testing
import VanbanODF
import VanbanTestSupport
import ZIPFoundation

@Suite struct WriteTests {
    @Test(arguments: ["libreoffice.odt", "libreoffice.fodt"])
    func roundTripThroughBothFormatsStaysValidAndKeepsText(fixture: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try Document(contentsOf: Fixture.url(fixture))
        for format in [OutputFormat.fodt, .odt] {
            let file = folder.file("ra.\(format.rawValue)")
            try original.write(to: file)
            #expect(try SchemaValidator.odf13.validateFile(at: file) == [], "\(fixture) → \(format)")
            let back = try Document(contentsOf: file)
            #expect(back.plainText == original.plainText, "\(fixture) → \(format)")
            #expect(back.mediaType == original.mediaType)
        }
        #expect(try folder.contents() == ["ra.fodt", "ra.odt"], "no temporary file left behind")
    }

    @Test func odtStartsWithAStoredMimetype() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        let bytes = try document.odtData()
        // The first local file header: signature, …, compression method at 8, name length at 26, name at 30.
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype must be stored, not deflated")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func manifestListsEveryPart() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        let archive = try Archive(data: try document.odtData(), accessMode: .read)
        let names = Set(archive.map(\.path))
        var manifest = Data()
        _ = try archive.extract(archive["META-INF/manifest.xml"]!) { manifest.append($0) }
        let text = String(decoding: manifest, as: UTF8.self)
        #expect(text.contains(#"manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text""#))
        for name in names where name != "mimetype" && name != "META-INF/manifest.xml" {
            #expect(text.contains("manifest:full-path=\"\(name)\""), "\(name) missing from the manifest")
        }
        #expect(names.contains { $0.hasPrefix("Pictures/") && $0.hasSuffix(".png") })
        #expect(names.isSuperset(of: ["content.xml", "styles.xml", "meta.xml", "settings.xml"]))
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.odt"))
        #expect(try document.odtData() == document.odtData())
    }

    @Test func writingIntoAMissingFolderFailsCleanly() throws {
        let document = try Document(contentsOf: Fixture.url("libreoffice.fodt"))
        #expect(throws: ODFError.self) {
            try document.write(to: URL(fileURLWithPath: "/no/such/folder/ra.fodt"))
        }
    }

    @Test func discardedAtomicFileLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try AtomicFile(url: folder.file("a.fodt"))
        try file.write(Data("nửa chừng".utf8))
        #expect(try folder.contents().count == 1)  // the hidden temporary file
        file.discard()
        #expect(try folder.contents() == [])
    }

    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func insertedTextOpensInLibreOfficeWithItsDiacritics() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let value = "Nguye\u{0302}\u{0303}n Thi\u{0323} \u{0110}a\u{0300}o  —  Phó Giám đốc Sở Y tế Đắk Lắk"  // NFD in
        let text = Fixture.flat(body: ["Kính gửi: " + SafeText(value).xml, SafeText("Số:      /KH-SYT").xml])
        let document = try Document(data: Data(text.utf8), path: "thu.fodt")
        try document.write(to: folder.file("thu.fodt"))
        let pdf = try LibreOffice.convert([folder.file("thu.fodt")], to: "pdf", into: folder.url)[0]
        let pdfText = try LibreOffice.pdfText(pdf)
        #expect(pdfText.contains("Kính gửi: Nguyễn Thị Đào"))
        #expect(pdfText.contains("Phó Giám đốc Sở Y tế Đắk Lắk"))
        #expect(pdfText.contains("Số:"))
    }
}
