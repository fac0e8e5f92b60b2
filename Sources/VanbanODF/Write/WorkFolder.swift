import CFileSystem
import Foundation

/// A private folder inside an output folder, on the same file system: a batch writes and
/// checks its files there, then ``publish(_:as:)`` moves each into place by rename. Removed
/// on every way out (``remove()``, or when released); a folder left by a killed run is
/// recognised by its name and removed by the next run in the same place.
public final class WorkFolder: @unchecked Sendable {
    /// What every temporary name vanban makes starts with (work folders and ``AtomicFile``'s
    /// temporary files): `.vanban-tam-<process>-…`.
    public static let prefix = ".vanban-tam-"

    /// The hidden folder.
    public let url: URL
    /// The hidden folder, open: files written and moved by name.
    public let folder: FolderHandle
    /// The folders made to hold it, deepest first: removed with it when nothing was put in them.
    private let madeFolders: [URL]
    private var removed = false
    private let lock = NSLock()

    /// Creates `parent` when missing, removes what killed runs left in it, and makes a new
    /// hidden work folder there.
    public init(in parent: URL) throws(ODFError) {
        var missing: [URL] = []
        var ancestor = parent.standardizedFileURL
        while !FileManager.default.fileExists(atPath: ancestor.path), ancestor.path != "/" {
            missing.append(ancestor)
            ancestor = ancestor.deletingLastPathComponent()
        }
        madeFolders = missing
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: parent.relativePath, reason: "không tạo được thư mục")
        }
        Self.removeLeftovers(in: parent)
        url = parent.appendingPathComponent("\(Self.prefix)\(getpid())-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(path: parent.relativePath, reason: "không ghi được vào thư mục này")
        }
        self.folder = try FolderHandle(url)
    }

    deinit { remove() }

    /// Flushes the work folder's files to disk (after they were written with `durable: false`).
    /// Through the folder opened when it was made, so that a file that failed on its way to
    /// disk at any time since is reported, as a failure to write into the output folder (a
    /// failure an earlier flush through ``folder`` already reported is that flush's to report:
    /// a batch's `FileWriter` keeps its own). After ``become(_:besides:)``, it flushes the
    /// folder under its new name.
    public func flush() throws(ODFError) {
        do throws(ODFError) {
            try folder.flushFileSystem()
        } catch {
            throw error.writing(into: url.deletingLastPathComponent().relativePath)
        }
    }

    /// A path inside the work folder (`relative` may hold one subfolder: `don-vi/001.fodt`).
    public func file(_ relative: String) -> URL {
        url.appendingPathComponent(relative, isDirectory: false)
    }

    /// Makes a subfolder of the work folder.
    public func makeFolder(_ relative: String) throws(ODFError) {
        do {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(relative, isDirectory: true),
                                                    withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: relative, reason: "không tạo được thư mục")
        }
    }

    /// The name of `file` inside the work folder (`don-vi/001.fodt`), or `nil` when it is elsewhere.
    public func name(of file: URL) -> String? {
        let folder = url.path + "/", path = file.path
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : nil
    }

    /// Moves a finished file from the work folder to `target` (replacing a file of that name),
    /// creating `target`'s folder when missing.
    public func publish(_ staged: URL, as target: URL) throws(ODFError) {
        if rename(staged.path, target.path) == 0 { return }
        if errno == ENOENT {
            try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(staged.path, target.path) == 0 { return }
        }
        throw .cannotWrite(path: target.relativePath, reason: SystemReason.describe(errno))
    }

    /// Makes the work folder `target` itself in one step, when `target` holds nothing but the
    /// work folder and the file named `lockName` (a batch into a new or empty folder): the work
    /// folder is moved beside `target`, the two are exchanged by one rename (`renameat2` with
    /// `RENAME_EXCHANGE`), and the old `target`, holding only the lock's file, is removed.
    /// Instead of a rename per file. Returns `false`, having changed nothing, when `target`
    /// holds anything else or its file system cannot exchange: then publish file by file.
    public func become(_ target: URL, besides lockName: String) -> Bool {
        guard url.deletingLastPathComponent().standardizedFileURL.path == target.standardizedFileURL.path,
            let names = try? FileManager.default.contentsOfDirectory(atPath: target.path),
            Set(names).isSubset(of: [url.lastPathComponent, lockName])
        else { return false }
        // Beside the target, under a name the next run recognises as a leftover.
        let beside = target.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + "-xong", isDirectory: true)
        guard rename(url.path, beside.path) == 0 else { return false }
        guard vanban_exchange(beside.path, target.path) == 0 else {
            rename(beside.path, url.path)
            return false
        }
        lock.lock()
        removed = true
        lock.unlock()
        try? FileManager.default.removeItem(at: beside)
        return true
    }

    /// Removes the work folder and what is left in it, and the folders made for it that
    /// stayed empty: a failed run leaves the output as it was.
    public func remove() {
        lock.lock()
        defer { lock.unlock() }
        guard !removed else { return }
        removed = true
        try? FileManager.default.removeItem(at: url)
        for folder in madeFolders {
            if rmdir(folder.path) != 0 { break }  // not empty: something of the clerk's is in it
        }
    }

    /// Removes work folders and temporary files in `folder` whose process is gone.
    public static func removeLeftovers(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let process = Int32(rest.prefix { $0.isNumber }), process != getpid() else { continue }
            let alive = kill(process, 0) == 0 || errno == EPERM
            if !alive { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }
}
