import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// The register from synchronous code, as the command line and the job pipeline call it.
struct RegisterWaitingTests {
    /// Not Sendable, like a renderer a synchronous caller holds.
    final class Renderer {
        var calls = 0
    }

    @Test func synchronousCallerIssuesWithAPlainClosure() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let location = folder.file("so-di.sqlite").path
        let documents = folder.url
        // A thread of its own, as the command line's main thread: waiting never blocks the
        // test runner's concurrency threads.
        let outcome: Result<(Int, String?, Int), any Error> = await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: Result {
                    let clock = TestClock("2026-07-01T10:00:00+07:00")
                    let register = try Register.wait { try await Register.open(location, clock: clock) }
                    try Register.wait { try await register.save(generalSeries) }
                    let renderer = Renderer()
                    let entry = try register.issueWaiting(series: "chung", document: decision("đồng bộ"), by: "B") { number in
                        renderer.calls += 1
                        return try writer(into: documents)(number)
                    }
                    try Register.wait { try await register.close() }
                    return (entry.number, entry.symbol, renderer.calls)
                })
            }.start()
        }
        let (number, symbol, calls) = try outcome.get()
        #expect(number == 1)
        #expect(symbol == "01/QĐ-SYT")
        #expect(calls == 1)
        #expect(FileManager.default.fileExists(atPath: folder.file("01-QĐ-SYT.txt").path))
    }
}
