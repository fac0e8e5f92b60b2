import Foundation
import Testing
@testable import VanbanServer

/// The worker pool takes jobs in their order of arrival; old jobs are removed after the days kept.
@Suite struct JobQueueTests {
    /// A clock that ticks once per reading, so that stamps show the order they were taken in.
    final class TickingClock: @unchecked Sendable {
        private let lock = NSLock()
        private var ticks = 0.0

        func now() -> Date {
            lock.lock()
            defer { lock.unlock() }
            ticks += 1
            return Date(timeIntervalSince1970: ticks)
        }
    }

    final class Taken: @unchecked Sendable {
        private let lock = NSLock()
        var stamps: [Int: Date] = [:]

        func record(_ index: Int, _ date: Date) {
            lock.lock()
            stamps[index] = date
            lock.unlock()
        }

        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return stamps.count
        }
    }

    @Test(arguments: [1, 2, 4])
    func workersTakeJobsInOrderOfArrival(workers: Int) async throws {
        let clock = TickingClock()
        let pool = WorkerPool(workers: workers, now: { clock.now() })
        let taken = Taken()
        for index in 0..<40 {
            pool.submit(UUID()) { date in
                taken.record(index, date)
                Thread.sleep(forTimeInterval: 0.002)
            }
        }
        for _ in 0..<1000 where taken.count < 40 { try await Task.sleep(for: .milliseconds(10)) }
        let stamps = (0..<40).compactMap { taken.stamps[$0] }
        #expect(stamps.count == 40)
        #expect(zip(stamps, stamps.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func queuePositionCountsTheJobsBefore() async throws {
        let pool = WorkerPool(workers: 1, now: Date.init)
        let gate = DispatchSemaphore(value: 0)
        let running = UUID(), second = UUID(), third = UUID()
        pool.submit(running) { _ in gate.wait() }
        for _ in 0..<1000 where pool.position(of: running) != nil { try await Task.sleep(for: .milliseconds(5)) }
        pool.submit(second) { _ in }
        pool.submit(third) { _ in }
        #expect(pool.position(of: running) == nil)
        #expect(pool.position(of: second) == 0)
        #expect(pool.position(of: third) == 1)
        gate.signal()
    }

    @Test func jobsOlderThanTheDaysKeptAreRemovedWithTheirFiles() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 1))])
            let location = try #require(sent.location)
            let id = try #require(UUID(uuidString: String(location.split(separator: "/")[1])))
            let folder = site.backend.folder(of: id).url
            site.clock.advance(6 * 86_400)
            try site.backend.cleanUp()
            #expect(try site.backend.store.job(id: id) != nil)
            site.clock.advance(2 * 86_400)
            try site.backend.cleanUp()
            #expect(try site.backend.store.job(id: id) == nil)
            #expect(!FileManager.default.fileExists(atPath: folder.path))
        }
    }
}
