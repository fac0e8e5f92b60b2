import Foundation
import VanbanODF

/// Writes a batch's files into its work folder on two threads of their own while the next
/// records render. The work folder is private, so a file is written straight under its name
/// (no temporary name, no flush per file): the batch flushes once and publishes by rename.
/// A file's bytes may be finished on those threads too (an `.odt` is zipped there).
///
/// As the files are written, ``EarlyWriteback`` has the disk start writing them.
///
/// Files go to the threads in chunks of 32, so that the threads meet once per chunk rather
/// than once per file; chunks alternate between the two threads. At most 4 chunks wait in
/// memory; the first failure stops the batch. ``finish()`` waits for both threads on every path.
final class FileWriter: @unchecked Sendable {
    typealias Bytes = @Sendable () throws(ODFError) -> Data

    private static let chunkSize = 32
    private let queues = [DispatchQueue(label: "vanban.file-writer-1"), DispatchQueue(label: "vanban.file-writer-2")]
    private var turn = 0
    private let slots = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var failure: ODFError?
    private var chunk: [(bytes: Bytes, name: String, index: Int)] = []
    private var hashes: [Int: String] = [:]

    /// The batch's output folder, named in messages (the work folder is vanban's business).
    private let folder: String
    /// Where the files go: the work folder, open.
    private let target: FolderHandle
    private let writeback: EarlyWriteback

    init(into target: FolderHandle, folder: String) {
        self.target = target
        self.folder = folder
        writeback = EarlyWriteback { () throws(ODFError) in try target.flushFileSystem() }
        chunk.reserveCapacity(Self.chunkSize)
    }

    /// Queues `data` for the file `name` of the work folder, the file of record `index`;
    /// throws the failure of an earlier file, if any.
    func write(_ data: Data, to name: String, index: Int) throws(ODFError) {
        try write({ data }, to: name, index: index)
    }

    /// Queues the file that `bytes` makes (on a writer thread) for `name`, the file of record `index`.
    func write(_ bytes: @escaping Bytes, to name: String, index: Int) throws(ODFError) {
        chunk.append((bytes, name, index))
        if chunk.count == Self.chunkSize { try send() }
    }

    /// The SHA-256 of each record's file written, by record index (after ``finish()``).
    var sha256: [Int: String] {
        lock.lock()
        defer { lock.unlock() }
        return hashes
    }

    /// Writes what is queued and waits for both threads; throws the first failure.
    func finish() throws(ODFError) {
        defer { waitForThreads() }
        try send()
        waitForThreads()
        if let failure = currentFailure() { throw failure }
        do throws(ODFError) {
            try writeback.finish()
        } catch {
            throw error.writing(into: folder)
        }
    }

    /// Drops what is queued and waits for both threads (a batch that stops).
    func cancel() {
        chunk.removeAll()
        waitForThreads()
    }

    private func waitForThreads() {
        for queue in queues { queue.sync {} }
        try? writeback.finish()
    }

    private func send() throws(ODFError) {
        if let failure = currentFailure() {
            chunk.removeAll()
            throw failure
        }
        guard !chunk.isEmpty else { return }
        let files = chunk
        chunk.removeAll(keepingCapacity: true)
        slots.wait()
        turn += 1
        queues[turn % queues.count].async {
            defer { self.slots.signal() }
            for file in files {
                guard self.currentFailure() == nil else { return }
                do throws(ODFError) {
                    let data = try file.bytes()
                    do throws(ODFError) {
                        try self.target.write(data, to: file.name)
                    } catch {
                        throw error.writing(into: self.folder)
                    }
                    self.writeback.wrote(data.count)
                    let hash = BatchManifest.sha256(data)
                    self.lock.lock()
                    self.hashes[file.index] = hash
                    self.lock.unlock()
                } catch {
                    self.lock.lock()
                    if self.failure == nil { self.failure = error }
                    self.lock.unlock()
                }
            }
        }
    }

    private func currentFailure() -> ODFError? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }
}
