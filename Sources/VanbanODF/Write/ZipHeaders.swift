import CDeflate
import Foundation

/// The records of a zip file vanban writes (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16): one
/// fixed time stamp, files made on Unix, no data descriptors, no zip64; and the CRC-32, by
/// ISA-L (the checksum zlib computes, several times faster).
package enum ZipHeaders {
    /// An entry's facts, as its headers give them.
    package struct Entry {
        package var name: [UInt8]
        package var compressed: Bool
        /// Where its local header starts in the file.
        package var offset: Int
        package var crc: UInt32 = 0
        package var compressedSize = 0
        package var size = 0

        package init(name: [UInt8], compressed: Bool, offset: Int) {
            self.name = name
            self.compressed = compressed
            self.offset = offset
        }
    }

    /// A fixed time stamp (2020-01-01 00:00, MS-DOS form), so the same parts give the same bytes.
    static let dosDate: UInt16 = (40 << 9) | (1 << 5) | 1
    /// The most a size or an offset can be without zip64.
    package static let limit = Int(UInt32.max)

    /// The local file header of `entry` (its name included).
    package static func local(_ entry: Entry) -> [UInt8] {
        var header: [UInt8] = []
        header.reserveCapacity(30 + entry.name.count)
        put(UInt32(0x0403_4b50), &header)
        put(UInt16(20), &header)
        describe(entry, &header)
        put(UInt16(0), &header)  // extra field
        return header + entry.name
    }

    /// The central directory record of `entry`.
    package static func central(_ entry: Entry) -> [UInt8] {
        var header: [UInt8] = []
        header.reserveCapacity(46 + entry.name.count)
        put(UInt32(0x0201_4b50), &header)
        put(UInt16(3 << 8 | 20), &header)  // made on Unix, zip 2.0
        put(UInt16(20), &header)
        describe(entry, &header)
        put(UInt16(0), &header)  // extra field
        put(UInt16(0), &header)  // comment
        put(UInt16(0), &header)  // disk
        put(UInt16(0), &header)  // internal attributes
        put(UInt32(0o100644) << 16, &header)
        put(UInt32(entry.offset), &header)
        return header + entry.name
    }

    /// What both headers say of an entry, from its flags to its name's length.
    private static func describe(_ entry: Entry, _ header: inout [UInt8]) {
        put(UInt16(0), &header)  // flags
        put(UInt16(entry.compressed ? 8 : 0), &header)
        put(UInt16(0), &header)  // time
        put(dosDate, &header)
        put(entry.crc, &header)
        put(UInt32(entry.compressedSize), &header)
        put(UInt32(entry.size), &header)
        put(UInt16(entry.name.count), &header)
    }

    /// The end of central directory record: `count` entries, the directory of `size` bytes at `offset`.
    package static func end(count: Int, size: Int, offset: Int) -> [UInt8] {
        var end: [UInt8] = []
        put(UInt32(0x0605_4b50), &end)
        put(UInt16(0), &end)
        put(UInt16(0), &end)
        put(UInt16(count), &end)
        put(UInt16(count), &end)
        put(UInt32(size), &end)
        put(UInt32(offset), &end)
        put(UInt16(0), &end)
        return end
    }

    /// The zip CRC-32 of `data` (ISA-L's), continuing from `start`.
    package static func crc(_ data: Data, _ start: UInt32 = 0) -> UInt32 {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return start }
            return crc32_gzip_refl(start, base, UInt64(raw.count))
        }
    }

    package static func put(_ value: UInt16, _ bytes: inout [UInt8]) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    package static func put(_ value: UInt32, _ bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    /// The little-endian number of `width` bytes at `index`.
    static func read(_ bytes: Data, at index: Int, width: Int) -> Int {
        var value = 0
        for byte in (0..<width).reversed() { value = value << 8 | Int(bytes[bytes.startIndex + index + byte]) }
        return value
    }
}
