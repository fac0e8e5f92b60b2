import Foundation
import GRDB
import Testing
@testable import VanbanRegister
import VanbanTestSupport

/// A register written by the previous release (Fixtures/, before the schema was versioned) opens
/// with this one: every step recorded, every row still there, numbering going on from it.
@Suite struct SchemaUpgradeTests {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static let clock: @Sendable () -> Date = { TestClock.date("2026-03-03T09:00:00+07:00") }

    /// Every row of the register's tables, as text, sorted, table by table.
    static func rows(_ file: URL) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: file.path)
        return try queue.read { db in
            var tables: [String: [String]] = [:]
            for table in ["series", "counters", "entries"] {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description).sorted()
            }
            return tables
        }
    }

    /// The steps GRDB recorded; `nil`: none (a register of 0.1.0).
    static func appliedSteps(_ file: URL) throws -> Set<String>? {
        try DatabaseQueue(path: file.path).read { db in
            try db.tableExists("grdb_migrations") ? try RegisterSchema.migrator.appliedIdentifiers(db) : nil
        }
    }

    @Test func sqliteRegisterOfThePreviousReleaseUpgradesWithNothingLost() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("so-di.sqlite")
        try FileManager.default.copyItem(at: Self.fixture("so-di-0.1.0.sqlite"), to: file)
        let before = try Self.rows(file)
        #expect(before["series"]?.count == 2 && before["entries"]?.count == 4)
        #expect(try Self.appliedSteps(file) == nil)

        let register = try await Register.open(.sqlite(file), now: Self.clock)
        let entries = try await register.entries()
        #expect(entries.map { "\($0.series) \($0.number) \($0.state.rawValue)" }.sorted()
            == ["chung 1 issued", "chung 2 cancelled", "chung 3 reserved", "mat 1 reserved"])
        #expect(entries.first { $0.series == "chung" && $0.number == 1 }?.symbol == "01/QĐ-SYT")
        #expect(try Self.rows(file) == before)
        #expect(try Self.appliedSteps(file) == Set(RegisterSchema.steps.map(\.id)))
        // Numbering goes on from the register's own counter.
        #expect(try await register.reserve(series: "chung", by: "Trần Thị Bình").number == 4)
        try await register.close()
    }

    @Test(.enabled(if: Backend.postgresServer != nil, Backend.postgresMissing))
    func postgresRegisterOfThePreviousReleaseUpgradesWithNothingLost() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try Backend.postgres.freshLocation(in: folder)
        let loaded = try Shell.run("psql", [database, "-v", "ON_ERROR_STOP=1", "-q", "-f", Self.fixture("so-di-0.1.0.postgres.sql").path])
        #expect(loaded.status == 0, "\(loaded.error)")
        func rows() throws -> String {
            try ["series", "counters", "entries"].map { table in
                try Shell.run("psql", [database, "-At", "-c", "SELECT * FROM \(table) ORDER BY 1, 2, 3"]).output
            }.joined(separator: "\n")
        }
        let before = try rows()
        #expect(before.split(separator: "\n").count == 2 + 2 + 4, "\(before)")

        for _ in 0..<2 {  // the second opening finds every step applied
            let register = try await Register.open(try RegisterLocation(parsing: database), now: Self.clock)
            #expect(try await register.entries().count == 4)
            try await register.close()
        }
        #expect(try rows() == before)
        let applied = try Shell.run("psql", [database, "-At", "-c", "SELECT id FROM register_migrations ORDER BY id"]).output
        #expect(applied == RegisterSchema.steps.map { $0.id + "\n" }.joined())
    }
}
