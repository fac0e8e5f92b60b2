import CInflate
import Foundation

/// Reads the entries of a zip file held in memory (`.odt`, `.xlsx`, `.ods`), checking every
/// number it is given before trusting it: the central directory must lie inside the bytes, each
/// entry's data too; an entry is inflated into a buffer of its declared size and no more, its
/// CRC-32 checked, its size and compression ratio bounded by ``ReadLimits``.
///
/// Only what OpenDocument and Office Open XML packages use is read: stored and deflated entries,
/// no encryption, no ZIP64, one disk.
package struct ZipReader {
    /// One entry of the central directory.
    package struct Entry {
        package let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        package let compressedSize: Int
        package let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// Why an archive or one of its entries is refused.
    package enum Failure: Error, Equatable {
        /// The bytes are damaged: `entry` is `nil` when the archive's directory is.
        case damaged(entry: String?, damage: ZipDamage)
        /// An entry larger than the limit once inflated, or inflating far more than real files do.
        case tooLarge(entry: String, bytes: Int, limit: Int)
        /// More entries than the limit.
        case tooManyEntries(count: Int, limit: Int)
    }

    package let entries: [Entry]
    private let data: Data
    private let limits: ReadLimits
    private let byName: [String: Int]

    /// Reads the central directory of `data`.
    package init(data: Data, limits: ReadLimits) throws(Failure) {
        self.data = data
        self.limits = limits
        let bytes = ByteReader(data: data)
        guard let end = Self.endOfDirectory(bytes) else { throw .damaged(entry: nil, damage: .noDirectory) }
        guard let count = bytes.uint16(end + 10).map(Int.init), let size = bytes.uint32(end + 12).map(Int.init),
            let start = bytes.uint32(end + 16).map(Int.init)
        else { throw .damaged(entry: nil, damage: .noDirectory) }
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            throw .damaged(entry: nil, damage: .unsupported)
        }
        guard start <= end, size <= end - start else { throw .damaged(entry: nil, damage: .truncated) }
        if count > limits.maxEntries { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var byName: [String: Int] = [:]
        var offset = start
        for _ in 0..<count {
            guard bytes.uint32(offset) == 0x0201_4B50, let flags = bytes.uint16(offset + 8),
                let method = bytes.uint16(offset + 10), let crc = bytes.uint32(offset + 16),
                let compressed = bytes.uint32(offset + 20), let uncompressed = bytes.uint32(offset + 24),
                let nameLength = bytes.uint16(offset + 28), let extraLength = bytes.uint16(offset + 30),
                let commentLength = bytes.uint16(offset + 32), let local = bytes.uint32(offset + 42),
                let nameBytes = bytes.slice(offset + 46, Int(nameLength))
            else { throw .damaged(entry: nil, damage: .truncated) }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if byName[name] != nil { throw .damaged(entry: name, damage: .duplicate) }
            byName[name] = entries.count
            entries.append(Entry(
                name: name, method: method, flags: flags, crc: crc, compressedSize: Int(compressed),
                uncompressedSize: Int(uncompressed), localHeaderOffset: Int(local)))
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        self.entries = entries
        self.byName = byName
    }

    /// The entry named `name`, if any.
    package subscript(name: String) -> Entry? {
        byName[name].map { entries[$0] }
    }

    /// The inflated bytes of `entry`, checked: size, ratio, data within the file, CRC-32.
    package func contents(of entry: Entry) throws(Failure) -> Data {
        let name = entry.name
        if entry.flags & 0x0001 != 0 { throw .damaged(entry: name, damage: .encrypted) }
        if entry.uncompressedSize > limits.maxPartBytes {
            throw .tooLarge(entry: name, bytes: entry.uncompressedSize, limit: limits.maxPartBytes)
        }
        // Deflate packs at most ~1,032 to 1; real documents stay far below the limit.
        if entry.uncompressedSize > 1 << 20,
            entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio
        {
            throw .tooLarge(entry: name, bytes: entry.uncompressedSize,
                            limit: max(entry.compressedSize, 1) * limits.maxCompressionRatio)
        }
        let bytes = ByteReader(data: data)
        let local = entry.localHeaderOffset
        guard bytes.uint32(local) == 0x0403_4B50, let nameLength = bytes.uint16(local + 26),
            let extraLength = bytes.uint16(local + 28)
        else { throw .damaged(entry: name, damage: .truncated) }
        let start = local + 30 + Int(nameLength) + Int(extraLength)
        guard let stored = bytes.slice(start, entry.compressedSize) else {
            throw .damaged(entry: name, damage: .truncated)
        }
        let output: Data
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw .damaged(entry: name, damage: .wrongSize)
            }
            output = Data(stored)
        case 8:
            output = try Self.inflate(stored, size: entry.uncompressedSize, entry: name)
        default:
            throw .damaged(entry: name, damage: .unsupported)
        }
        let crc = output.withUnsafeBytes { raw -> UInt32 in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return 0 }
            return UInt32(crc32_z(0, base, raw.count))
        }
        guard crc == entry.crc else { throw .damaged(entry: name, damage: .checksum) }
        return output
    }

    /// Raw deflate of `input` into exactly `size` bytes: more or fewer is damage. One pass over
    /// bytes already in memory, so it always ends.
    private static func inflate(_ input: Data.SubSequence, size: Int, entry: String) throws(Failure) -> Data {
        var output = Data(count: size + 1)  // one spare byte tells "longer than declared"
        var stream = z_stream()
        guard vanban_inflateInitRaw(&stream) == Z_OK else { throw .damaged(entry: entry, damage: .compression) }
        defer { inflateEnd(&stream) }
        let result: (status: Int32, written: Int) = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(target.count)
                var status = Z_OK
                while status == Z_OK {
                    let before = (stream.avail_in, stream.avail_out)
                    status = CInflate.inflate(&stream, Z_FINISH)
                    if status == Z_OK, before == (stream.avail_in, stream.avail_out) { status = Z_BUF_ERROR }
                }
                return (status, target.count - Int(stream.avail_out))
            }
        }
        guard result.status == Z_STREAM_END else {
            throw .damaged(entry: entry, damage: result.written > size ? .wrongSize : .compression)
        }
        guard result.written == size else { throw .damaged(entry: entry, damage: .wrongSize) }
        output.removeLast()
        return output
    }

    /// The offset of the end-of-central-directory record: searched backwards over the last
    /// 64 KiB + 22 bytes (its comment may be up to 65,535 bytes).
    private static func endOfDirectory(_ bytes: ByteReader) -> Int? {
        let count = bytes.data.count
        guard count >= 22 else { return nil }
        let lowest = max(0, count - 22 - 0xFFFF)
        var offset = count - 22
        while offset >= lowest {
            if bytes.uint32(offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }
}

extension ZipReader.Failure {
    /// The error for this failure of the package at `path`.
    package func odfError(path: String) -> ODFError {
        switch self {
        case .damaged(let entry, let damage):
            return .damagedPackage(path: path, entry: entry, damage: damage)
        case .tooLarge(let entry, let bytes, let limit):
            return .tooLarge(path: "\(path)/\(entry)", bytes: bytes, limit: limit)
        case .tooManyEntries(let count, let limit):
            return .tooManyEntries(path: path, count: count, limit: limit)
        }
    }
}

/// What is wrong with the bytes of a zip package.
public enum ZipDamage: Sendable, Equatable {
    /// No readable directory at the end of the file: not a zip, or cut short.
    case noDirectory
    /// An entry or the directory points past the end of the file.
    case truncated
    /// The inflated bytes do not match the entry's checksum (CRC-32).
    case checksum
    /// The compressed bytes cannot be inflated.
    case compression
    /// The entry inflates to another size than the one declared.
    case wrongSize
    /// The entry is encrypted.
    case encrypted
    /// Two entries with the same name.
    case duplicate
    /// A zip feature packages never use (ZIP64, another compression method).
    case unsupported
}

/// Little-endian numbers at offsets of a `Data`, `nil` outside it.
private struct ByteReader {
    let data: Data

    func slice(_ offset: Int, _ length: Int) -> Data.SubSequence? {
        guard offset >= 0, length >= 0, offset <= data.count, length <= data.count - offset else { return nil }
        let start = data.startIndex + offset
        return data[start..<(start + length)]
    }

    func uint16(_ offset: Int) -> UInt16? {
        guard let bytes = slice(offset, 2) else { return nil }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt16($1) }
    }

    func uint32(_ offset: Int) -> UInt32? {
        guard let bytes = slice(offset, 4) else { return nil }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}
