import Foundation
import Testing
import VanbanODF
import VanbanTestSupport
import ZIPFoundation

@Suite struct SecurityTests {
    @Test func externalEntityIsNeverRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let secret = try folder.write("bi-mat.txt", "MẬT-KHẨU-123")
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE office:document [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" \
            office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:text><text:p>&xxe;</text:p></office:text></office:body></office:document>
            """
        do {
            let document = try Document(data: Data(xxe.utf8), path: "xxe.fodt")
            Issue.record("a document with a DTD was accepted: \(document.plainText)")
        } catch {
            #expect(error == .doctypeNotAllowed(path: "xxe.fodt", line: 2))
            #expect(!error.description.contains("MẬT-KHẨU"))
            #expect(error.description.contains("DTD"))
        }
    }

    @Test func billionLaughsEndsWithAnError() throws {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [\(entities)]>
            <lolz>&lol9;</lolz>
            """
        #expect(throws: ODFError.doctypeNotAllowed(path: "bom.fodt", line: 2)) {
            try Document(data: Data(bomb.utf8), path: "bom.fodt")
        }
    }

    @Test func doctypeAfterACommentIsStillRefused() throws {
        let text = "<?xml version=\"1.0\"?>\n<!-- <a> -->\n<!DOCTYPE x [<!ENTITY e \"1\">]>\n<x>&e;</x>"
        #expect(throws: ODFError.self) { try Document(data: Data(text.utf8), path: "dtd.fodt") }
    }

    @Test func fileLargerThanTheLimitIsRefusedBeforeParsing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("lon.fodt", Fixture.flat(body: [String(repeating: "Sở Y tế ", count: 2000)]))
        let limits = ReadLimits(maxFileBytes: 4096, maxPartBytes: 4096, maxEntries: 10)
        do {
            _ = try Document(contentsOf: file, limits: limits)
            Issue.record("expected tooLarge")
        } catch {
            guard case .tooLarge(_, let bytes, 4096) = error else { Issue.record("unexpected \(error)"); return }
            #expect(bytes > 4096)
            #expect(error.description.contains("tệp quá lớn"))
        }
    }

    @Test(arguments: ["../evil.xml", "/etc/evil.xml", "a/../../evil.xml", "C:\\evil.xml"])
    func zipEntriesOutsideThePackageAreRejected(entry: String) throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in [("mimetype", "application/vnd.oasis.opendocument.text"),
                             ("content.xml", Fixture.flat(body: ["x"])), (entry, "pwned")] {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        #expect(throws: ODFError.unsafeEntry(path: "evil.odt", entry: entry)) {
            try Document(data: archive.data!, path: "evil.odt")
        }
    }

    @Test func packageWithoutMimetypeIsNotODF() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let data = Data(Fixture.flat(body: ["x"]).utf8)
        try archive.addEntry(with: "content.xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(throws: ODFError.notODF(path: "a.docx", found: nil)) {
            try Document(data: archive.data!, path: "a.docx")
        }
    }

    @Test func brokenZipIsNotODF() {
        let bytes = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40))
        #expect(throws: ODFError.self) { try Document(data: bytes, path: "hong.odt") }
    }
}
