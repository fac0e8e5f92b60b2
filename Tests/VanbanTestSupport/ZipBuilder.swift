import Foundation

/// Builds small zip files byte by byte for tests of hostile packages: entries stored (not
/// compressed) with their real CRC-32, or raw deflate bytes given by the test; every header field
/// can be made to lie.
public struct ZipBuilder {
    /// One entry and the numbers its headers will claim.
    public struct Entry {
        public var name: String
        /// The bytes as stored in the zip (already deflated when `method` is 8).
        public var stored: Data
        public var method: UInt16
        public var crc: UInt32
        public var uncompressedSize: UInt32

        /// A stored entry with true headers.
        public init(_ name: String, _ text: String) {
            self.init(name, Data(text.utf8))
        }

        /// A stored entry with true headers.
        public init(_ name: String, _ data: Data) {
            self.name = name
            stored = data
            method = 0
            crc = ZipBuilder.crc32(data)
            uncompressedSize = UInt32(data.count)
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The zip file: local headers and data, central directory, end record.
    public var data: Data {
        var out = Data()
        var directory = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Data(entry.name.utf8)
            out.append(le32(0x0403_4B50))
            out.append(le16(20)); out.append(le16(0)); out.append(le16(entry.method))
            out.append(le16(0)); out.append(le16(0x21))
            out.append(le32(entry.crc)); out.append(le32(UInt32(entry.stored.count)))
            out.append(le32(entry.uncompressedSize))
            out.append(le16(UInt16(name.count))); out.append(le16(0))
            out.append(name)
            out.append(entry.stored)

            directory.append(le32(0x0201_4B50))
            directory.append(le16(20)); directory.append(le16(20)); directory.append(le16(0))
            directory.append(le16(entry.method)); directory.append(le16(0)); directory.append(le16(0x21))
            directory.append(le32(entry.crc)); directory.append(le32(UInt32(entry.stored.count)))
            directory.append(le32(entry.uncompressedSize))
            directory.append(le16(UInt16(name.count))); directory.append(le16(0)); directory.append(le16(0))
            directory.append(le16(0)); directory.append(le16(0)); directory.append(le32(0))
            directory.append(le32(offset))
            directory.append(name)
        }
        let start = UInt32(out.count)
        out.append(directory)
        out.append(le32(0x0605_4B50))
        out.append(le16(0)); out.append(le16(0))
        out.append(le16(UInt16(entries.count))); out.append(le16(UInt16(entries.count)))
        out.append(le32(UInt32(directory.count))); out.append(le32(start))
        out.append(le16(0))
        return out
    }

    /// CRC-32 (IEEE), as zip uses.
    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private func le32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}
