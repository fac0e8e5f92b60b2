import Foundation

/// An exclusive hold on an output folder for one batch (`flock` on a hidden file in it): a
/// second batch into the same folder is refused while the first runs. Released, and its file
/// removed, when the batch ends; the kernel releases it when the process dies.
public final class FolderLock: @unchecked Sendable {
    /// The hidden file that carries the lock while a batch runs.
    public static let fileName = ".vanban-khoa"
    private var descriptor: Int32 = -1
    private let path: String

    /// Takes the lock on `folder` (which must exist), or throws ``ODFError/folderBusy(folder:)``.
    /// `part`: the lock of one shard of a batch (shards of one list write into one folder at once).
    public init(_ folder: URL, part: String? = nil) throws(ODFError) {
        path = folder.appendingPathComponent(Self.fileName + (part.map { "-\($0)" } ?? "")).path
        // The holder removes the file when it is done: a lock taken on a file that was removed
        // meanwhile is no lock, so it is taken again on the file now there.
        for _ in 0..<100 {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                throw .cannotWrite(path: folder.relativePath, reason: SystemReason.describe(errno))
            }
            if flock(opened, LOCK_EX | LOCK_NB) != 0 {
                close(opened)
                throw .folderBusy(folder: folder.relativePath)
            }
            var held = stat()
            var current = stat()
            if fstat(opened, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                descriptor = opened
                return
            }
            close(opened)
        }
        throw .folderBusy(folder: folder.relativePath)
    }

    deinit { release() }

    /// Removes the lock's file and lets another batch in. `removingFile: false` when the
    /// file has gone with its folder (``WorkFolder/become(_:besides:)``): the name may be
    /// another batch's lock by then.
    public func release(removingFile: Bool = true) {
        guard descriptor >= 0 else { return }
        if removingFile { unlink(path) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }
}
