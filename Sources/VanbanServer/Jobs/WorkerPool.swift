import Foundation

/// A fixed number of worker threads taking jobs in order of arrival (first in, first out).
/// Jobs are blocking work (rendering, LibreOffice), so they run on threads of their own, never
/// on the server's event loops or Swift's cooperative pool.
final class WorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(id: UUID, work: @Sendable () -> Void)] = []

    /// Starts `workers` threads.
    init(workers: Int) {
        for number in 0..<max(1, workers) {
            let thread = Thread { [unowned self] in self.loop() }
            thread.name = "vanban-worker-\(number + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `work` for job `id` behind every job queued before it.
    func submit(_ id: UUID, _ work: @escaping @Sendable () -> Void) {
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
            condition.unlock()
            next.work()
        }
    }
}
