#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif
import Foundation

/// A file that appears whole or not at all: bytes go to a hidden temporary file in the target
/// folder, which is flushed to disk (`fsync`) and then renamed over the target. A failure, or a
/// file never committed, leaves nothing behind.
public final class AtomicFile {
    /// The file that ``commit()`` creates.
    public let url: URL
    private let temporaryPath: String
    /// `url.path` and its folder, taken once: `URL`'s path arithmetic was a tenth of a batch's writing.
    private let path: String
    private let folder: String
    private var descriptor: Int32
    private var finished = false
    private let durable: Bool

    /// Opens a temporary file beside `url`. `durable: false` skips the flush to disk of this one
    /// file (still all or nothing under its name): for batches, which call ``WorkFolder/flush()``
    /// once at the end instead.
    public init(url: URL, durable: Bool = true) throws(ODFError) {
        self.url = url
        self.durable = durable
        let path = url.path
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        self.folder = folder
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = "\(folder == "/" ? "" : folder)/\(WorkFolder.prefix)\(AtomicFile.processID)-\(AtomicFile.nextNumber())-\(name)"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "thư mục \(folder) không tồn tại" : SystemReason.describe(errno)
            throw .cannotWrite(path: url.relativePath, reason: reason)
        }
    }

    /// Temporary names: the process and a counter (no random number, no system call); `O_EXCL`
    /// refuses a name that exists anyway.
    private static let counter = Counter()
    private static let processID = getpid()
    private static func nextNumber() -> Int { counter.next() }

    deinit { discard() }

    /// Appends bytes.
    public func write(_ data: Data) throws(ODFError) {
        let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure {
            discard()
            throw .cannotWrite(path: url.relativePath, reason: SystemReason.describe(failure))
        }
    }

    /// Flushes to disk and puts the file in place.
    public func commit() throws(ODFError) {
        guard !finished else { return }
        var failure: Int32 = 0
        if durable, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        descriptor = -1
        if failure != 0 {
            discard()
            throw .cannotWrite(path: url.relativePath, reason: SystemReason.describe(failure))
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = SystemReason.describe(errno)
            discard()
            throw .cannotWrite(path: url.relativePath, reason: reason)
        }
        finished = true
        guard durable else { return }
        // The new name reaches the disk with its folder. A folder that cannot be flushed by
        // itself (EINVAL: some network file systems) is left to the file system.
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return }
        let flushed = fsync(directory) == 0 ? 0 : errno
        close(directory)
        if flushed != 0, flushed != EINVAL {
            throw .cannotWrite(path: url.relativePath, reason: SystemReason.describe(flushed))
        }
    }

    /// Removes the temporary file; the target is untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws(ODFError) {
        let file = try AtomicFile(url: url, durable: durable)
        try file.write(data)
        try file.commit()
    }
}

/// A thread-safe counter.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
