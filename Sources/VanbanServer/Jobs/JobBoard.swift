import Foundation

/// What the progress page shows of a queued or running job, updated by its worker and read by
/// the server-sent events stream.
struct JobProgress: Sendable, Equatable {
    /// Done or failed: the stream ends.
    var finished = false
    var failed = false
    /// What is happening, in Vietnamese (`Đang tạo`, `LibreOffice đang chuyển sang PDF`).
    var stage: String
    var done = 0
    var total: Int?
    /// The error, for a failed job.
    var message: String?
}

/// The progress of every job queued or running since the server started.
final class JobBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: [UUID: JobProgress] = [:]

    func set(_ id: UUID, _ value: JobProgress) {
        lock.lock()
        progress[id] = value
        lock.unlock()
    }

    func update(_ id: UUID, _ change: (inout JobProgress) -> Void) {
        lock.lock()
        if var value = progress[id] {
            change(&value)
            progress[id] = value
        }
        lock.unlock()
    }

    func get(_ id: UUID) -> JobProgress? {
        lock.lock()
        defer { lock.unlock() }
        return progress[id]
    }
}
