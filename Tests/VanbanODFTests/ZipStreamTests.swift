import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanODF

/// `ZipStream` deflates and checksums with ISA-L; these read its zips back with zlib
/// (`ZipReader` inflates and checks the CRC-32 with zlib), so the two libraries must agree.
@Suite struct ZipStreamTests {
    private static let limits = ReadLimits(maxFileBytes: 1 << 30, maxPartBytes: 1 << 30, maxEntries: 100,
                                           maxCompressionRatio: 2000)

    /// Bytes no deflate can shrink, the same on every run.
    private static func noise(_ count: Int, seed: UInt64) -> Data {
        var state = seed
        var bytes = [UInt8](repeating: 0, count: count)
        for index in bytes.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: state >> 56)
        }
        return Data(bytes)
    }

    private static func rows(_ count: Int) -> Data {
        var text = ""
        for row in 1...count {
            text += "<table:table-row><table:table-cell><text:p>\(row)</text:p></table:table-cell>"
            text += "<table:table-cell><text:p>Nguyễn Văn An \(row % 97)</text:p></table:table-cell></table:table-row>\n"
        }
        return Data(text.utf8)
    }

    @Test func anEntryWrittenInPiecesOfEverySizeReadsBackWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("a.zip")
        // Pieces around the 64 KB output buffer, an empty one, noise that grows when deflated,
        // and megabytes of repetitive XML.
        let pieces = [Data(), Data("<?xml".utf8), Self.noise(65_535, seed: 1), Self.noise(65_536, seed: 2), Data(),
                      Self.rows(40_000), Self.noise(300_001, seed: 3), Self.rows(3)]
        let whole = pieces.reduce(Data(), +)
        let zip = try ZipStream(url: file, path: "a.zip")
        try zip.add("mimetype", Data("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try zip.begin("content.xml", level: 1)
        for piece in pieces { try zip.write(piece) }
        try zip.end()
        try zip.add("styles.xml", Self.rows(10), compressed: true)
        try zip.add("empty.xml", Data(), compressed: true)
        try zip.finish()

        let reader = try ZipReader(data: try Data(contentsOf: file), limits: Self.limits)
        #expect(reader.entries.map(\.name) == ["mimetype", "content.xml", "styles.xml", "empty.xml"])
        let content = try #require(reader.entries.first { $0.name == "content.xml" })
        #expect(try reader.contents(of: content) == whole)
        #expect(content.compressedSize < whole.count / 4, "the XML shrinks: \(content.compressedSize) of \(whole.count)")
        let styles = try #require(reader.entries.first { $0.name == "styles.xml" })
        #expect(try reader.contents(of: styles) == Self.rows(10))
        let empty = try #require(reader.entries.first { $0.name == "empty.xml" })
        #expect(try reader.contents(of: empty) == Data())
    }

    @Test(arguments: [1, 2, 3])
    func everyLevelWritesWhatZlibReads(level: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("a.zip")
        let data = Self.rows(5_000) + Self.noise(10_000, seed: UInt64(level))
        let zip = try ZipStream(url: file, path: "a.zip")
        try zip.begin("content.xml", level: level)
        try zip.write(data)
        try zip.end()
        try zip.finish()
        let reader = try ZipReader(data: try Data(contentsOf: file), limits: Self.limits)
        #expect(try reader.contents(of: reader.entries[0]) == data)
    }

    @Test func aLevelISALDoesNotHaveIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let zip = try ZipStream(url: folder.file("a.zip"), path: "a.zip")
        #expect(throws: ODFError.self) { try zip.begin("content.xml", level: 0) }
        #expect(throws: ODFError.self) { try zip.begin("content.xml", level: 4) }
    }

    @Test func theChecksumContinuesAcrossPiecesAsZlibsDoes() {
        let data = Self.rows(200) + Self.noise(5_000, seed: 9)
        let whole = ZipHeaders.crc(data)
        let half = data.count / 2
        #expect(ZipHeaders.crc(data.subdata(in: half..<data.count), ZipHeaders.crc(data.subdata(in: 0..<half))) == whole)
        // The CRC-32 of "123456789", the check value every CRC-32 (zip, gzip, PNG) gives.
        #expect(ZipHeaders.crc(Data("123456789".utf8)) == 0xCBF4_3926)
    }
}
