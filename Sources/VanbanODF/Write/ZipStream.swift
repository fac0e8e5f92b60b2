import CDeflate
import Foundation

/// A zip file written front to back with bounded memory: whole entries (stored or deflated),
/// and one entry at a time streamed (``begin(_:level:)``, ``write(_:)``, ``end()``) through
/// ISA-L's deflate and CRC-32. Each entry's header is completed in place once its sizes are known (no
/// data descriptors), so any zip reader takes the file. No zip64: a part or the file over 4 GB
/// is refused.
package final class ZipStream {
    private typealias Entry = ZipHeaders.Entry
    private static let limit = ZipHeaders.limit

    private let descriptor: Int32
    /// The file, for messages.
    private let path: String
    private var buffer: [UInt8] = []
    private var offset = 0
    private var entries: [Entry] = []
    private var open: Entry?
    private var stream = isal_zstream()
    /// ISA-L's working memory for the entry's level (its hash tables), kept from entry to entry.
    private var workspace: UnsafeMutableBufferPointer<UInt8>?
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private var closed = false

    /// Creates (or empties) the file at `url`. `path` names it in messages.
    package init(url: URL, path: String) throws(ODFError) {
        descriptor = Foundation.open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        self.path = path
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: SystemReason.describe(errno)) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        workspace?.deallocate()
        if !closed { close(descriptor) }
    }

    /// Adds a whole entry: stored as is, or deflated.
    package func add(_ name: String, _ data: Data, compressed: Bool) throws(ODFError) {
        if compressed {
            try begin(name)
            try write(data)
            try end()
            return
        }
        guard data.count < Self.limit else { throw tooLarge() }
        var entry = Entry(name: Array(name.utf8), compressed: false, offset: offset)
        entry.crc = ZipHeaders.crc(data)
        entry.size = data.count
        entry.compressedSize = data.count
        try append(ZipHeaders.local(entry))
        try append(data)
        entries.append(entry)
    }

    /// Starts a deflated entry whose bytes are given by ``write(_:)``. `level`: ISA-L's, 1 to 3
    /// (1 and 2 cost about the same; 3 shrinks a little more at several times the time).
    package func begin(_ name: String, level: Int = 2) throws(ODFError) {
        guard open == nil, (1...3).contains(level) else { throw .cannotWrite(path: path, reason: "zip") }
        let size = Int(vanban_deflateBufferSize(Int32(level)))
        if (workspace?.count ?? 0) < size {
            workspace?.deallocate()
            workspace = .allocate(capacity: size)
        }
        isal_deflate_init(&stream)
        stream.level = UInt32(level)
        stream.level_buf = workspace?.baseAddress
        stream.level_buf_size = UInt32(size)
        let entry = Entry(name: Array(name.utf8), compressed: true, offset: offset)
        try append(ZipHeaders.local(entry))
        open = entry
    }

    /// Adds bytes to the entry begun.
    package func write(_ data: Data) throws(ODFError) {
        guard var entry = open else { throw .cannotWrite(path: path, reason: "zip") }
        entry.crc = ZipHeaders.crc(data, entry.crc)
        entry.size += data.count
        open = entry
        let failed = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return false }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(raw.count)
            // Until the input is taken and the output buffer was not filled to its end.
            repeat {
                if !deflateStep() { return true }
            } while stream.avail_in > 0 || stream.avail_out == 0
            return false
        }
        stream.next_in = nil
        if failed { throw .cannotWrite(path: path, reason: "deflate") }
        if buffer.count >= 1 << 20 { try flush() }
        if entry.size >= Self.limit { throw tooLarge() }
    }

    /// Ends the entry begun: its last compressed bytes, its sizes and checksum into its header.
    package func end() throws(ODFError) {
        guard var entry = open else { throw .cannotWrite(path: path, reason: "zip") }
        stream.next_in = nil
        stream.avail_in = 0
        stream.end_of_stream = 1
        while vanban_deflateEnded(&stream) == 0 {
            guard deflateStep() else { throw .cannotWrite(path: path, reason: "deflate") }
        }
        open = nil
        entry.compressedSize = offset - entry.offset - 30 - entry.name.count
        guard entry.compressedSize < Self.limit else { throw tooLarge() }
        try flush()
        var sizes: [UInt8] = []
        ZipHeaders.put(entry.crc, &sizes)
        ZipHeaders.put(UInt32(entry.compressedSize), &sizes)
        ZipHeaders.put(UInt32(entry.size), &sizes)
        let written = sizes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(entry.offset + 14)) }
        guard written == sizes.count else { throw .cannotWrite(path: path, reason: SystemReason.describe(errno)) }
        entries.append(entry)
    }

    /// Writes the central directory and closes the file.
    package func finish() throws(ODFError) {
        guard open == nil, !closed else { throw .cannotWrite(path: path, reason: "zip") }
        let start = offset
        for entry in entries { try append(ZipHeaders.central(entry)) }
        guard offset < Self.limit, entries.count < Int(UInt16.max) else { throw tooLarge() }
        try append(ZipHeaders.end(count: entries.count, size: offset - start, offset: start))
        try flush()
        closed = true
        guard close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: SystemReason.describe(errno)) }
    }

    /// One call of deflate into the output buffer, whose bytes join those to write (the
    /// caller flushes them). `false` when ISA-L reports an error.
    private func deflateStep() -> Bool {
        let (status, produced) = output.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
            stream.next_out = out.baseAddress
            stream.avail_out = UInt32(out.count)
            let status = isal_deflate(&stream)
            return (status, out.count - Int(stream.avail_out))
        }
        buffer.append(contentsOf: output[0..<produced])
        offset += produced
        return status == COMP_OK
    }

    private func append<Bytes: Collection>(_ bytes: Bytes) throws(ODFError) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        offset += bytes.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(ODFError) {
        var done = 0
        while done < buffer.count {
            let written = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + done, raw.count - done)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: SystemReason.describe(errno))
            }
            done += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func tooLarge() -> ODFError {
        .cannotWrite(path: path, reason: SystemReason.describe(EFBIG))
    }
}
