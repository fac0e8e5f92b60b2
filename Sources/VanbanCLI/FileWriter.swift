import Foundation
import VanbanODF

/// Writes a batch's files on a thread of its own while the next records render, each file
/// atomically (temporary file, rename) and without a flush per file: the batch flushes once.
/// At most 64 files wait in memory; the first failure stops the batch.
final class FileWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "vanban.file-writer")
    private let slots = DispatchSemaphore(value: 64)
    private let lock = NSLock()
    private var failure: ODFError?

    /// Queues `data` for `url`; throws the failure of an earlier file, if any.
    func write(_ data: Data, to url: URL) throws(ODFError) {
        if let failure = currentFailure() { throw failure }
        slots.wait()
        queue.async {
            defer { self.slots.signal() }
            guard self.currentFailure() == nil else { return }
            do throws(ODFError) {
                try AtomicFile.write(data, to: url, durable: false)
            } catch {
                self.lock.lock()
                if self.failure == nil { self.failure = error }
                self.lock.unlock()
            }
        }
    }

    /// Waits for every queued file; throws the first failure.
    func finish() throws(ODFError) {
        queue.sync {}
        if let failure = currentFailure() { throw failure }
    }

    private func currentFailure() -> ODFError? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }
}
