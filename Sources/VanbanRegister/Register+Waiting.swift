import Dispatch
import Foundation

/// The register from synchronous code: the command line, the job pipeline, a `Thread`.
///
/// These block the calling thread until the database answers, so call them from a thread of
/// your own (the main thread, a Dispatch queue), never from inside an `async` function: there,
/// `await` the async methods instead.
extension Register {
    /// Runs async register work and waits for its result.
    public static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = box.result else { throw RegisterError.database("no result") }
        return try result.get()
    }

    /// ``issue(series:number:year:date:document:by:write:)`` for synchronous callers: `write`
    /// need not be `Sendable`, as it runs once while this thread waits for it.
    public func issueWaiting(series: String, number reserved: Int? = nil, year: Int? = nil,
                             date: CalendarDay? = nil, document: DocumentDetails, by person: String,
                             write: (IssuedNumber) throws -> StagedFile) throws -> Entry {
        try withoutActuallyEscaping(write) { write in
            let writer = WriterBox(write: write)
            // The task may outlive this call by a moment: it must not hold `write` by then.
            defer { writer.write = nil }
            return try Register.wait {
                try await self.issue(series: series, number: reserved, year: year, date: date,
                                     document: document, by: person, write: writer.call)
            }
        }
    }
}

/// Carries a result from the task to the waiting thread: written before the semaphore is
/// signalled, read after it is awaited.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// Carries the caller's `write` to the task: the caller's thread is blocked meanwhile, so the
/// closure is never used from two threads at once.
private final class WriterBox: @unchecked Sendable {
    var write: ((IssuedNumber) throws -> StagedFile)?

    init(write: @escaping (IssuedNumber) throws -> StagedFile) {
        self.write = write
    }

    func call(_ number: IssuedNumber) throws -> StagedFile {
        guard let write else { throw RegisterError.database("write called after the issue ended") }
        return try write(number)
    }
}
