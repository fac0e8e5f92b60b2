// A process the register tests start many at once, and kill: it opens a register, then takes
// or issues numbers one by one, printing each number as soon as it is committed.
//
//   vanban-register-worker reserve DATABASE SERIES COUNT PERSON
//   vanban-register-worker issue DATABASE SERIES COUNT FOLDER
//
// DATABASE is a SQLite file path or postgres://…; the series must exist.
// VANBAN_WORKER_PAUSE_MS=N pauses N ms after each issue's commit, before the file's rename, so
// a kill lands in that window more often.
import Foundation
import VanbanRegister

let arguments = CommandLine.arguments
guard arguments.count == 6, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: vanban-register-worker reserve|issue DATABASE SERIES COUNT PERSON|FOLDER\n".utf8))
    exit(2)
}
let mode = arguments[1]
let series = arguments[3]
do {
    let pause = Int(ProcessInfo.processInfo.environment["VANBAN_WORKER_PAUSE_MS"] ?? "") ?? 0
    let store: any RegisterStore
    switch try RegisterLocation(parsing: arguments[2]) {
    case .sqlite(let file): store = try SQLiteStore(file: file)
    case .postgres(let address): store = try await PostgresStore.connect(address)
    }
    let register = Register(store: pause > 0 ? PausingStore(base: store, milliseconds: pause) : store)
    try await register.reconcile()
    for index in 0..<count {
        switch mode {
        case "reserve":
            let entry = try await register.reserve(series: series, by: arguments[5])
            FileHandle.standardOutput.write(Data("\(entry.number)\n".utf8))
        case "issue":
            let folder = URL(fileURLWithPath: arguments[5])
            let details = DocumentDetails(kind: "QĐ", kindName: "Quyết định", summary: "Văn bản thử \(getpid())-\(index)",
                                          signer: "Nguyễn Văn A", recipients: "Như Điều 3", copies: 2)
            let entry = try await register.issue(series: series, document: details, by: "worker \(getpid())") { number in
                let destination = folder.appendingPathComponent("\(number.symbolForFile).txt")
                let staging = StagedFile.temporaryURL(for: destination)
                // Written in pieces, so a kill can land in the middle of a file.
                let handle = try FileHandle(forWritingTo: {
                    FileManager.default.createFile(atPath: staging.path, contents: nil)
                    return staging
                }())
                defer { try? handle.close() }
                for piece in 0..<16 {
                    try handle.write(contentsOf: Data("\(number.symbol) \(getpid()) \(index) \(piece)\n".utf8))
                }
                return StagedFile(temporary: staging, destination: destination)
            }
            FileHandle.standardOutput.write(Data("\(entry.number)\n".utf8))
        default:
            FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
            exit(2)
        }
    }
    try await register.close()
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

/// A store that waits after each issue's commit: the moment between the commit and the rename.
final class PausingStore: RegisterStore {
    let base: any RegisterStore
    let milliseconds: Int

    init(base: any RegisterStore, milliseconds: Int) {
        self.base = base
        self.milliseconds = milliseconds
    }

    func save(_ series: Series) async throws { try await base.save(series) }
    func allSeries() async throws -> [Series] { try await base.allSeries() }
    func reserve(series: String, year: Int, by person: String, at moment: Date) async throws -> Entry {
        try await base.reserve(series: series, year: year, by: person, at: moment)
    }
    func cancel(series: String, year: Int, number: Int, by person: String, at moment: Date,
                reason: String) async throws -> Entry {
        try await base.cancel(series: series, year: year, number: number, by: person, at: moment, reason: reason)
    }
    func issue(series: String, year: Int, number: Int?, by person: String, at moment: Date,
               stage: (Int) throws -> IssueRecord) async throws -> Entry {
        let entry = try await base.issue(series: series, year: year, number: number, by: person, at: moment, stage: stage)
        usleep(UInt32(milliseconds * 1000))
        return entry
    }
    func entries(_ query: EntryQuery) async throws -> [Entry] { try await base.entries(query) }
    func unplacedEntries() async throws -> [PendingPlacement] { try await base.unplacedEntries() }
    func markPlaced(series: String, year: Int, number: Int) async throws {
        try await base.markPlaced(series: series, year: year, number: number)
    }
    func close() async throws { try await base.close() }
}
