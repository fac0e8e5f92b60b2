import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// The register under real processes: many at once, and killed with SIGKILL mid-work.
enum RegisterProcesses {
    /// 8 `vanban so-di lay --so-luong 500` at once: 4,000 numbers, 1…4000, none twice.
    static func eightProcessesTake4000Numbers(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let location = try backend.freshLocation(in: folder)
        let clock = TestClock("2026-06-01T08:00:00+07:00")
        let register = try await Register.open(location, clock: clock)
        try await register.save(generalSeries)
        try await register.close()

        let started = Date()
        let processes = try (0..<8).map { index -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Programs.vanban)
            process.arguments = ["so-di", "lay", "chung", "--so-luong", "500", "--nguoi", "văn thư \(index)",
                                 "--csdl", location]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.standardError
            try process.run()
            return (process, output)
        }
        var printed: [Int] = []
        for (process, output) in processes {
            let text = PipeReader.all(output)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            for line in text.split(separator: "\n") {
                // "Số dự kiến 0042 năm 2026, …"
                let words = line.split(separator: " ")
                if words.count > 3, let number = Int(words[3]) { printed.append(number) }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("so-di \(backend): 8 processes × 500 reservations in \(String(format: "%.2f", seconds)) s")

        #expect(printed.count == 4000)
        #expect(printed.sorted() == Array(1...4000))
        let reopened = try await Register.open(location, clock: clock)
        let entries = try await reopened.entries(EntryQuery(series: "chung"))
        try await reopened.close()
        #expect(entries.map(\.number) == Array(1...4000))
        #expect(Set(entries.map(\.takenBy)).count == 8)
        #expect(entries.allSatisfy { $0.state == .reserved && $0.year == $0.takenAt.vietnamYear })
    }

    /// Workers reserving and issuing, each killed with SIGKILL after a random moment, until 100
    /// numbers are committed; then: no number twice, no gap, every issued number's file there
    /// with its SHA-256, and no visible file without its number.
    static func killedProcessesLeaveNoBrokenEntry(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let documents = folder.file("van-ban")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let location = try backend.freshLocation(in: folder)
        let clock = TestClock("2026-06-01T08:00:00+07:00")
        let setup = try await Register.open(location, clock: clock)
        try await setup.save(generalSeries)
        try await setup.close()

        // Kills follow progress, not the clock, so any machine speed gives the same test: each
        // worker is killed after it has reported a number of commits chosen by a seeded
        // generator, plus a short random pause, which lands the kill anywhere in the next
        // reserve or issue (before, during or after the write, the commit or the rename).
        var random = SplitMix64(seed: 16)
        var kills = 0
        var rounds = 0
        var reported = 0
        var caughtBeforeRename = 0
        while reported < 100 && rounds < 100 {
            rounds += 1
            let workers = try (0..<3).map { index -> (Process, Pipe, Pipe) in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Programs.worker)
                let mode = index == 0 ? "reserve" : "issue"
                process.arguments = [mode, location, "chung", "40", index == 0 ? "worker" : documents.path]
                // The third worker lingers 30 ms between each commit and its rename.
                if index == 2 {
                    process.environment = ProcessInfo.processInfo.environment.merging(["VANBAN_WORKER_PAUSE_MS": "30"]) { $1 }
                }
                let output = Pipe(), errors = Pipe()
                process.standardOutput = output
                process.standardError = errors
                try process.run()
                return (process, output, errors)
            }
            for (worker, output, _) in workers {
                let wanted = Int(random.next() % 5) + 1
                var lines = 0
                while lines < wanted {
                    let data = PipeReader.some(output)
                    if data.isEmpty { break }
                    lines += data.filter { $0 == UInt8(ascii: "\n") }.count
                }
                reported += lines
                usleep(UInt32(random.next() % 20_000))
                if worker.isRunning {
                    kill(worker.processIdentifier, SIGKILL)
                    kills += 1
                }
            }
            for (worker, _, errors) in workers {
                worker.waitUntilExit()
                // A worker not killed must have finished cleanly.
                if worker.terminationReason == .exit {
                    let message = PipeReader.all(errors)
                    #expect(worker.terminationStatus == 0, "worker failed: \(message)")
                }
            }
            // Issued files a kill left at their temporary name (the next opening places them).
            caughtBeforeRename += try await Self.unplacedCount(backend, location)
        }
        let committed = try Self.committedCount(location)
        print("so-di \(backend): \(committed) numbers committed in \(rounds) rounds, \(kills) processes killed")
        #expect(committed >= 100)
        #expect(kills > 0)

        // Opening reconciles what a kill between commit and rename left.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: documents.path).filter { $0.hasPrefix(".") }
        print("so-di \(backend): kills left \(caughtBeforeRename) committed files waiting for their rename "
              + "(placed by the next opening), \(leftovers.count) temporary files of rolled-back issues")
        let register = try await Register.open(location, clock: clock)
        let entries = try await register.entries(EntryQuery(series: "chung", year: 2026))
        try await register.close()
        #expect(entries.map(\.number) == Array(1...entries.count))
        let issued = entries.filter { $0.state == .issued }
        #expect(!issued.isEmpty)
        for entry in issued {
            let path = try #require(entry.filePath)
            #expect(FileManager.default.fileExists(atPath: path), "số \(entry.number) đã cấp nhưng thiếu tệp")
            #expect((try? FileDigest.sha256(ofFileAt: URL(fileURLWithPath: path))) == entry.sha256)
            #expect(entry.symbol == "\(SymbolPattern.numberText(entry.number))/QĐ-SYT")
        }
        let visible = try FileManager.default.contentsOfDirectory(atPath: documents.path).filter { !$0.hasPrefix(".") }
        #expect(entries.filter { $0.state == .reserved }.count > 0)
        #expect(visible.sorted() == issued.compactMap { $0.filePath.map { URL(fileURLWithPath: $0).lastPathComponent } }.sorted())
    }

    private static func unplacedCount(_ backend: Backend, _ location: String) async throws -> Int {
        let store: any RegisterStore = backend == .sqlite
            ? try SQLiteStore(file: URL(fileURLWithPath: location))
            : try await PostgresStore.connect(try PostgresAddress(location))
        let count = try await store.unplacedEntries().count
        try await store.close()
        return count
    }

    private static func committedCount(_ location: String) throws -> Int {
        // A separate short-lived process reads the count, as a clerk's would.
        let result = try Shell.run(Programs.vanban, ["so-di", "xem", "chung", "--csdl", location])
        return result.output.split(separator: "\n").filter { $0.first?.isNumber == true }.count
    }
}

extension Date {
    /// The year of this moment in Vietnam.
    var vietnamYear: Int { RegisterCalendar.year(of: self) }
}

/// A small seeded random generator (SplitMix64), so the kill moments repeat run to run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
