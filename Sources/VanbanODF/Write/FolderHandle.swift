import CFileSystem
import Foundation

/// An open folder: files written, looked at and moved by names relative to it (`openat`,
/// `renameat`), so that a batch of thousands of files does not walk its whole path for each.
public final class FolderHandle: @unchecked Sendable {
    /// The folder.
    public let url: URL
    private let descriptor: Int32

    /// Opens the folder at `url` (which must exist).
    public init(_ url: URL) throws(ODFError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: url.relativePath, reason: SystemReason.describe(errno)) }
        self.url = url
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `data` to the file `name` in this folder, created or replaced; the error says
    /// the system's reason.
    public func write(_ data: Data, to name: String) throws(ODFError) {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw .cannotWrite(path: name, reason: SystemReason.describe(errno)) }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(file, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(file) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw .cannotWrite(path: name, reason: SystemReason.describe(failure)) }
    }

    /// Flushes to disk what was written on this folder's file system, the folder's own entries
    /// included (`syncfs(2)` on Linux; elsewhere `fsync` of the folder). On Linux 5.8 and later,
    /// a write that failed on its way to disk since this folder was opened (a disk error, a full
    /// share) and that no flush through this folder reported yet is reported here, with the
    /// system's reason; elsewhere only the folder itself is checked.
    public func flushFileSystem() throws(ODFError) {
        guard vanban_syncfs(descriptor) == 0 else {
            let code = errno
            throw .cannotWrite(path: url.relativePath, reason: SystemReason.describe(code))
        }
    }

    /// Whether `relative` (inside this folder) is a folder; a symbolic link is not followed.
    public func isFolder(_ relative: String) -> Bool {
        var status = stat()
        return fstatat(descriptor, relative, &status, AT_SYMLINK_NOFOLLOW) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Moves `name` (inside this folder) to `relative` inside `target`, replacing a file of that
    /// name and making its subfolder when missing.
    public func move(_ name: String, to target: FolderHandle, as relative: String) throws(ODFError) {
        if renameat(descriptor, name, target.descriptor, relative) == 0 { return }
        if errno == ENOENT, let slash = relative.lastIndex(of: "/") {
            try? FileManager.default.createDirectory(at: target.url.appendingPathComponent(String(relative[..<slash]), isDirectory: true),
                                                     withIntermediateDirectories: true)
            if renameat(descriptor, name, target.descriptor, relative) == 0 { return }
        }
        throw .cannotWrite(path: target.url.appendingPathComponent(relative).relativePath, reason: SystemReason.describe(errno))
    }
}
