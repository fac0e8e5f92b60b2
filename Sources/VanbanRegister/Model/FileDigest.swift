import Crypto
import Foundation
import VanbanODF

/// SHA-256 of files, and flushing them to disk.
public enum FileDigest {
    /// The SHA-256 of a file's bytes, lowercase hex; with `flushing`, the file is first forced to
    /// disk (`fsync`), so a committed entry never points at bytes still in the page cache; a
    /// disk that refuses them is ``RegisterError/unflushedFile(path:reason:)``.
    public static func sha256(ofFileAt url: URL, flushing: Bool = false) throws -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw RegisterError.unreadableFile(path: url.path)
        }
        defer { try? handle.close() }
        if flushing {
            do {
                try handle.synchronize()
            } catch {
                throw RegisterError.unflushedFile(path: url.path, reason: SystemReason.describe(error))
            }
        }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            throw RegisterError.unreadableFile(path: url.path)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Forces a folder's entries (a rename) to disk; best effort.
    static func flushFolder(of file: URL) {
        let folder = file.deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
