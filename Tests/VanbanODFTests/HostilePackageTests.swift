import Foundation
import Testing
import VanbanTestSupport
import ZIPFoundation
@testable import VanbanODF

/// Damaged or hostile `.odt` and `.fodt` files: one located Vietnamese error each, never a
/// crash, a hang or memory out of proportion.
@Suite struct HostilePackageTests {
    static let content = """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
        <office:body><office:text><text:p>Sở Y tế</text:p></office:text></office:body></office:document-content>
        """

    static var entries: [ZipBuilder.Entry] {
        [ZipBuilder.Entry("mimetype", "application/vnd.oasis.opendocument.text"), ZipBuilder.Entry("content.xml", content)]
    }

    func message(_ data: Data, path: String = "hong.odt") -> String? {
        do {
            _ = try Document(data: data, path: path)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aGoodPackageIsRead() throws {
        #expect(try Document(data: ZipBuilder(Self.entries).data, path: "tot.odt").plainText == "Sở Y tế")
    }

    @Test func aChangedByteFailsTheChecksum() {
        var data = ZipBuilder(Self.entries).data
        let range = data.range(of: Data("Sở Y tế".utf8))!
        data[range.lowerBound] = UInt8(ascii: "X")
        #expect(message(data) == "hong.odt: tệp nén (zip) bị hỏng ở phần \"content.xml\": mã kiểm tra (CRC) không khớp, "
            + "dữ liệu đã bị thay đổi. Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    @Test func aDirectoryPointingPastTheEndIsDamaged() {
        var data = ZipBuilder(Self.entries).data
        // The end record's "directory offset" field: the last 6 bytes hold offset (4) and comment length (2).
        let field = data.count - 6
        data.replaceSubrange(field..<(field + 4), with: [0xF0, 0xFF, 0xFF, 0x7F])
        #expect(message(data) == "hong.odt: tệp nén (zip) bị hỏng ở mục lục của gói: dữ liệu vượt quá cuối tệp "
            + "(tệp bị cắt dở). Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    @Test func anEntryLongerThanItsFileIsTruncated() {
        var data = ZipBuilder(Self.entries).data
        // Claim 1 MB of stored bytes for content.xml in the central directory.
        let directory = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]), options: .backwards)!.lowerBound
        data.replaceSubrange((directory + 20)..<(directory + 28), with: [0, 0, 0x10, 0, 0, 0, 0x10, 0])
        #expect(message(data) == "hong.odt: tệp nén (zip) bị hỏng ở phần \"content.xml\": dữ liệu vượt quá cuối tệp "
            + "(tệp bị cắt dở). Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    @Test func anEntryInflatingPastItsDeclaredSizeIsDamaged() throws {
        let real = try Document(contentsOf: Fixture.url("libreoffice.odt"))
        #expect(!real.plainText.isEmpty)
        var data = try Data(contentsOf: Fixture.url("libreoffice.odt"))
        // content.xml's uncompressed size in the central directory, halved.
        let name = Data("content.xml".utf8)
        var search = data.startIndex..<data.endIndex
        var directoryEntry: Int?
        while let found = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: search) {
            if data[(found.lowerBound + 46)..<(found.lowerBound + 46 + name.count)] == name { directoryEntry = found.lowerBound }
            search = found.upperBound..<data.endIndex
        }
        let entry = try #require(directoryEntry)
        let size = data[(entry + 24)..<(entry + 28)].reversed().reduce(0) { $0 << 8 | Int($1) }
        let half = size / 2
        data.replaceSubrange((entry + 24)..<(entry + 28),
                             with: [UInt8(half & 0xFF), UInt8(half >> 8 & 0xFF), UInt8(half >> 16 & 0xFF), UInt8(half >> 24)])
        #expect(message(data, path: "lo.odt") == "lo.odt: tệp nén (zip) bị hỏng ở phần \"content.xml\": kích thước sau "
            + "khi giải nén khác với kích thước ghi trong gói. Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    /// Damaged bytes end at once with one error (ZIPFoundation's inflate could trap or spin
    /// forever); every damaged byte of `content.xml` is noticed (its CRC, at least).
    @Test func everyDamagedByteOfARealPackageEndsWithOneError() throws {
        let original = try Data(contentsOf: Fixture.url("libreoffice.odt"))
        let name = Data("content.xml".utf8)
        var contentBytes: Range<Int>?
        var search = 0..<original.count
        while let found = original.range(of: Data([0x50, 0x4B, 0x03, 0x04]), in: search) {
            let at = found.lowerBound
            let nameLength = Int(original[at + 26]) | Int(original[at + 27]) << 8
            let extraLength = Int(original[at + 28]) | Int(original[at + 29]) << 8
            let compressed = original[(at + 18)..<(at + 22)].reversed().reduce(0) { $0 << 8 | Int($1) }
            if original[(at + 30)..<(at + 30 + nameLength)] == name {
                let start = at + 30 + nameLength + extraLength
                contentBytes = start..<(start + compressed)
            }
            search = found.upperBound..<original.count
        }
        let content = try #require(contentBytes)
        for position in stride(from: 0, to: original.count, by: 7) {
            var data = original
            data[position] ^= 0x5A
            do {
                _ = try Document(data: data, path: "lo.odt")
                #expect(!content.contains(position), "byte \(position) of content.xml changed unnoticed")
            } catch {
                #expect(error.description.hasPrefix("lo.odt"))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func aCompressionBombIsRefusedBeforeInflating() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let zeros = Data(count: 50 << 20)
        for (name, data) in [("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", zeros)] {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: name == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let data = try #require(archive.data)
        let text = try #require(message(data, path: "bom.odt"))
        // 50 MB of zeros deflate to about 50 KB: 100 times that is the most accepted.
        #expect(text == "bom.odt/content.xml: tệp quá lớn (50 MB, tối đa 4,9 MB). "
            + "Hãy chia nhỏ tài liệu hoặc kiểm tra xem có đúng là tệp văn bản không.")
    }

    @Test func anUndeclaredPrefixIsRefusedWithItsLine() {
        let flat = Fixture.flat(body: ["Sở <foo:b>Y</foo:b> tế"])
        #expect(message(Data(flat.utf8), path: "mau.fodt") == "mau.fodt:5: tiền tố \"foo:\" chưa được khai báo "
            + "(thiếu xmlns:foo). Tệp có thể bị sửa tay; hãy mở bằng LibreOffice và lưu lại.")
    }

    @Test(arguments: [
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\" "
            + "office:mimetype=\"application/vnd.oasis.opendocument.text\"/>",
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\" "
            + "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body/></office:document>",
    ])
    func aDocumentWithoutABodyIsRefused(xml: String) {
        #expect(message(Data(xml.utf8), path: "mau.fodt") == "mau.fodt: văn bản không có phần thân (office:body/office:text). "
            + "Hãy mở bằng LibreOffice và lưu lại dạng .odt hoặc .fodt.")
    }

    @Test func aPackageWithoutABodyIsRefused() {
        var entries = Self.entries
        entries[1] = ZipBuilder.Entry("content.xml", """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>
            """)
        #expect(message(ZipBuilder(entries).data) == "hong.odt: văn bản không có phần thân (office:body/office:text). "
            + "Hãy mở bằng LibreOffice và lưu lại dạng .odt hoặc .fodt.")
    }

    /// Bytes that are not in the declared encoding: libxml2 raises that outside its parser (where
    /// it printed English to stderr); the read ends with the located Vietnamese error.
    @Test func bytesOutsideTheDeclaredEncodingEndWithALocatedError() {
        var data = Data("<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n<office:document ".utf8)
        data += Data("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">".utf8)
        data += Data([0xF6, 0x26, 0x78, 0xEA]) + Data("</office:document>".utf8)
        #expect(message(data, path: "mau.fodt") == "mau.fodt:2:82: XML hỏng: Premature end of data in tag document line 2. "
            + "Tệp có thể bị cắt dở hoặc bị sửa tay; hãy mở bằng LibreOffice và lưu lại.")
    }
}
