/// The encodings a clerk's CSV or TXT list comes in: UTF-8 (with or without a byte order mark),
/// UTF-16 (Excel's "Unicode text", with a byte order mark), Windows-1258 (Excel's "CSV (Comma
/// delimited)" on Vietnamese Windows). Detected from the bytes; `--bang-ma` forces one.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte order mark ("CSV UTF-8").
    case utf8 = "utf-8"
    /// UTF-16, low byte first (Excel's "Unicode text").
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, high byte first.
    case utf16BigEndian = "utf-16be"
    /// Windows-1258, Vietnamese Windows' code page (Excel's "CSV (Comma delimited)").
    case windows1258 = "windows-1258"

    /// The encoding a user names (`utf8`, `UTF-8`, `utf16`, `unicode`, `1258`, `cp1258`, `windows-1258`),
    /// or `nil`. `utf16` and `unicode` mean little-endian, Windows' own order.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "unicode", "ucs2": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "1258", "cp1258", "windows1258", "win1258", "vn": self = .windows1258
        default: return nil
        }
    }

    /// The name shown to the clerk.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LittleEndian: return "UTF-16 LE"
        case .utf16BigEndian: return "UTF-16 BE"
        case .windows1258: return "Windows-1258"
        }
    }

    /// The names `init(name:)` reads, for messages.
    public static let knownNames = ["utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1258"]

    /// The length of the byte order mark `bytes` starts with for this encoding (0 when none).
    func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        switch self {
        case .utf8: return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LittleEndian: return bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BigEndian: return bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .windows1258: return 0
        }
    }

    /// The encoding of `bytes`: a byte order mark decides; else UTF-16 when every other byte of
    /// the start is zero; else UTF-8 when the bytes are UTF-8 (or mostly: a stray bad byte in a
    /// UTF-8 file is an error at its row, not a reason to read the file another way); else
    /// Windows-1258.
    static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        let sample = min(bytes.count, 4096) & ~1
        if sample >= 4 {
            var evenZeros = 0, oddZeros = 0
            for index in stride(from: 0, to: sample, by: 2) {
                if bytes[index] == 0 { evenZeros += 1 }
                if bytes[index + 1] == 0 { oddZeros += 1 }
            }
            let pairs = sample / 2
            if oddZeros * 2 > pairs && evenZeros * 10 < pairs { return .utf16LittleEndian }
            if evenZeros * 2 > pairs && oddZeros * 10 < pairs { return .utf16BigEndian }
        }
        let (valid, invalid) = UTF8Scan.count(bytes)
        if invalid == 0 || valid > invalid { return .utf8 }
        return .windows1258
    }

    /// The text of `bytes` (after any byte order mark) as UTF-8 bytes. A unit that is invalid
    /// in this encoding becomes the byte 0xFF, never valid in UTF-8, so that the reader that
    /// makes cells into text stops with an error at that row.
    func utf8Bytes(_ bytes: [UInt8]) -> [UInt8] {
        let start = byteOrderMarkLength(bytes)
        switch self {
        case .utf8:
            return start == 0 ? bytes : Array(bytes[start...])
        case .windows1258:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 2)
            for byte in bytes {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    let scalar = Self.windows1258Upper[Int(byte - 0x80)]
                    if scalar == 0 { output.append(0xFF) } else { Self.append(scalar, to: &output) }
                }
            }
            return output
        case .utf16LittleEndian, .utf16BigEndian:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            let little = self == .utf16LittleEndian
            var index = start
            func unit(_ at: Int) -> UInt32 {
                little ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
            }
            while index + 1 < bytes.count {
                let first = unit(index)
                index += 2
                if first >= 0xD800 && first < 0xDC00, index + 1 < bytes.count {
                    let second = unit(index)
                    if second >= 0xDC00 && second < 0xE000 {
                        index += 2
                        Self.append(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), to: &output)
                        continue
                    }
                }
                if first >= 0xD800 && first < 0xE000 { output.append(0xFF) } else { Self.append(first, to: &output) }
            }
            if index < bytes.count { output.append(0xFF) }  // an odd last byte
            return output
        }
    }

    /// Appends the UTF-8 bytes of a scalar value.
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Windows-1258, bytes 0x80–0xFF → Unicode (0: not a character of the code page). The tone
    /// marks (0xCC, 0xD2, 0xDE, 0xEC, 0xF2) are combining characters, so text decoded from it
    /// must be made NFC. Data of the code page, as iconv and Python's cp1258 decode it.
    static let windows1258Upper: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0, 0x203A, 0x0153, 0, 0, 0x0178,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]
}

/// Counting UTF-8 sequences without making text.
enum UTF8Scan {
    /// The number of well-formed multi-byte sequences and of bytes that start no well-formed sequence.
    static func count(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multiByte = 0, invalid = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            let end = buffer.count
            while index < end {
                // ASCII eight bytes at a time, up to the first byte with its high bit set: the
                // whole list is scanned before its first row is read.
                if index + 8 <= end {
                    let high = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    if high == 0 { index += 8; continue }
                    index += UInt64(littleEndian: high).trailingZeroBitCount >> 3
                }
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    invalid += 1
                    index += 1
                } else {
                    multiByte += 1
                    index += length
                }
            }
        }
        return (multiByte, invalid)
    }

    /// The length of the well-formed multi-byte sequence at `index`, or 0.
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= buffer.count else { return 0 }
        let second = buffer[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
