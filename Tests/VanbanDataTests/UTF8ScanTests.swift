import Testing
@testable import VanbanData

/// The scan that decides whether a list is UTF-8 skips ASCII eight bytes at a time; it must
/// count exactly what a byte-by-byte walk counts, wherever the runs start and end.
@Suite struct UTF8ScanTests {
    /// The count, one byte at a time.
    private static func slowCount(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multiByte = 0, invalid = 0, index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                if buffer[index] < 0x80 { index += 1; continue }
                let length = UTF8Scan.sequenceLength(buffer, at: index)
                if length == 0 { invalid += 1; index += 1 } else { multiByte += 1; index += length }
            }
        }
        return (multiByte, invalid)
    }

    @Test func countsWhatAByteByByteWalkCounts() {
        // ASCII runs of every length, Vietnamese letters (2 and 3 bytes), a 4-byte sequence,
        // stray continuation bytes, Windows-1258 letters, sequences cut by the end.
        let pieces: [[UInt8]] = [Array("abcdefghijklmnop".utf8), Array("Nguyễn Thị Đào".utf8), Array("😀".utf8),
                                 [0x80], [0xE0, 0xA0], [0xC3, 0xA0], [0xD0], [0xF0, 0x90, 0x80], Array(" ".utf8)]
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 23) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let piece = pieces[Int(state >> 33) % pieces.count]
                bytes += piece.prefix(Int(state >> 40) % (piece.count + 1))
            }
            let fast = UTF8Scan.count(bytes), slow = Self.slowCount(bytes)
            #expect(fast.multiByte == slow.multiByte && fast.invalid == slow.invalid, "\(bytes)")
        }
    }

    @Test func countsOfKnownText() {
        #expect(UTF8Scan.count(Array("Nguyễn Thị Đào, 12345678".utf8)) == (multiByte: 4, invalid: 0))
        #expect(UTF8Scan.count(Array("12345678".utf8) + [0xC3] + Array("12345678".utf8)) == (multiByte: 0, invalid: 1))
        #expect(UTF8Scan.count([]) == (multiByte: 0, invalid: 0))
    }
}
