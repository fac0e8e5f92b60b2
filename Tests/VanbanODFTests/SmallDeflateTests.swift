import Foundation
import Testing
@testable import VanbanODF

/// A batch's per-record parts are deflated whole by ISA-L when that makes them smaller, else
/// stored; zlib (`ZipReader`) must read both back.
@Suite struct SmallDeflateTests {
    private static let limits = ReadLimits(maxFileBytes: 1 << 24, maxPartBytes: 1 << 24, maxEntries: 100)

    @Test func aRecordsPartsAreDeflatedOrStoredAndReadBack() throws {
        let base = try PackageWriter.zip(parts: [("styles.xml", Data("<office:document-styles/>".utf8))], pictures: [],
                                         version: "1.3", path: "mau.odt", listed: ["content.xml", "noise.bin"])
        let content = Data(String(repeating: "<text:p text:style-name=\"P1\">Nguyễn Văn An</text:p>", count: 60).utf8)
        var state: UInt64 = 3
        let noise = Data((0..<3_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(truncatingIfNeeded: state >> 56)
        })
        let package = try PackageWriter.append([("content.xml", content), ("noise.bin", noise), ("tiny.xml", Data("<a/>".utf8))],
                                               to: base, path: "1.odt")
        let reader = try ZipReader(data: package, limits: Self.limits)
        let entries = Dictionary(uniqueKeysWithValues: reader.entries.map { ($0.name, $0) })
        let written = try #require(entries["content.xml"])
        #expect(try reader.contents(of: written) == content)
        #expect(written.compressedSize < content.count / 4, "repetitive XML is deflated: \(written.compressedSize)")
        let stored = try #require(entries["noise.bin"])
        #expect(try reader.contents(of: stored) == noise)
        #expect(stored.compressedSize == noise.count, "bytes deflate cannot shrink are stored")
        #expect(try reader.contents(of: try #require(entries["tiny.xml"])) == Data("<a/>".utf8))
        #expect(try reader.contents(of: try #require(entries["styles.xml"])) == Data("<office:document-styles/>".utf8))
    }

    @Test func nothingSmallerThanItsInputIsReturned() {
        #expect(SmallDeflate.deflate(Data()) == nil)
        #expect(SmallDeflate.deflate(Data("<a/>".utf8)) == nil)
        let text = Data(String(repeating: "Giấy khen ", count: 100).utf8)
        let deflated = SmallDeflate.deflate(text)
        #expect(deflated != nil && deflated!.count < text.count / 5)
    }
}
