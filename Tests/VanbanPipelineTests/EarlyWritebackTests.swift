import Foundation
import Testing
import VanbanODF
@testable import VanbanPipeline

/// A batch has the disk start writing its files while it still renders: one flush per interval
/// of bytes written, never two at once, none left running after the batch.
@Suite struct EarlyWritebackTests {
    /// Counts flushes; each one can be held until the test lets it go.
    final class Flushes: @unchecked Sendable {
        private let lock = NSLock()
        private var finished = 0
        let gate = DispatchSemaphore(value: 0)
        let holds: Bool

        init(holding: Bool = false) { holds = holding }

        func flush() {
            if holds { gate.wait() }
            lock.lock()
            finished += 1
            lock.unlock()
        }

        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return finished
        }
    }

    @Test func lessThanAnIntervalWrittenStartsNoFlush() throws {
        let flushes = Flushes()
        let writeback = EarlyWriteback(interval: 1000) { flushes.flush() }
        for _ in 0..<9 { writeback.wrote(100) }
        try writeback.finish()
        #expect(writeback.started == 0)
        #expect(flushes.count == 0)
    }

    @Test func eachFullIntervalStartsOneFlushAndFinishWaitsForIt() throws {
        let flushes = Flushes()
        let writeback = EarlyWriteback(interval: 1000) { flushes.flush() }
        writeback.wrote(1500)
        try writeback.finish()
        #expect(flushes.count == 1)
        writeback.wrote(400)
        writeback.wrote(600)
        try writeback.finish()
        #expect(writeback.started == 2)
        #expect(flushes.count == 2)
    }

    @Test func intervalsFilledWhileAFlushRunsDoNotStartAnother() throws {
        let flushes = Flushes(holding: true)
        let writeback = EarlyWriteback(interval: 1000) { flushes.flush() }
        writeback.wrote(1000)
        for _ in 0..<5 { writeback.wrote(1000) }
        #expect(writeback.started == 1)
        #expect(flushes.count == 0)
        // One signal per interval filled: a second flush started by mistake would not hang.
        for _ in 0..<6 { flushes.gate.signal() }
        try writeback.finish()
        #expect(flushes.count == 1)
    }

    /// The system reports a write the disk refused to one flush only: the batch's own final
    /// flush would not see it, so the early one keeps it for the batch.
    @Test func aFlushThatFailedIsReportedWhenTheBatchFinishes() {
        let refused = ODFError.cannotWrite(path: "ra", reason: SystemReason.describe(EIO))
        let writeback = EarlyWriteback(interval: 1000) { () throws(ODFError) in throw refused }
        writeback.wrote(999)
        #expect(throws: Never.self) { try writeback.finish() }
        writeback.wrote(1)
        #expect(throws: refused) { try writeback.finish() }
        #expect(throws: refused) { try writeback.finish() }
    }

    @Test func noFlushStartsAfterOneFailed() throws {
        let refused = ODFError.cannotWrite(path: "ra", reason: SystemReason.describe(EIO))
        let writeback = EarlyWriteback(interval: 10) { () throws(ODFError) in throw refused }
        writeback.wrote(10)
        #expect(throws: refused) { try writeback.finish() }
        writeback.wrote(10)
        writeback.wrote(10)
        #expect(writeback.started == 1)
    }
}
