import Foundation

/// A fixed number of worker threads taking jobs in order of arrival (first in, first out).
/// Jobs are blocking work (rendering, LibreOffice), so they run on threads of their own, never
/// on the server's event loops or Swift's cooperative pool.
final class WorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(id: UUID, work: @Sendable (Date) -> Void)] = []
    private let now: @Sendable () -> Date

    /// Starts `workers` threads; `now` stamps the moment a job is taken.
    init(workers: Int, now: @escaping @Sendable () -> Date) {
        self.now = now
        for number in 0..<max(1, workers) {
            // The threads keep the pool alive: it lasts as long as the process.
            let thread = Thread { self.loop() }
            thread.name = "vanban-worker-\(number + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `work` for job `id` behind every job queued before it; `work` is given the moment
    /// a worker took it (stamped while the queue is locked, so the stamps follow the queue's order).
    func submit(_ id: UUID, _ work: @escaping @Sendable (Date) -> Void) {
        condition.lock()
        waiting.append((id, work))
        condition.signal()
        condition.unlock()
    }

    /// How many jobs wait before job `id` (0: it is next), or `nil` when it is not waiting.
    func position(of id: UUID) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        return waiting.firstIndex { $0.id == id }
    }

    private func loop() {
        while true {
            condition.lock()
            while waiting.isEmpty { condition.wait() }
            let next = waiting.removeFirst()
            let taken = now()
            condition.unlock()
            next.work(taken)
        }
    }
}
