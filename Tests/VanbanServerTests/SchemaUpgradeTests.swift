import Foundation
import GRDB
import Testing
import VanbanTestSupport
@testable import VanbanServer

/// The web page's database written by the previous release (Fixtures/vanban-0.1.0.sqlite) opens
/// with this one: every step recorded, every row still there, the page working over it.
@Suite struct SchemaUpgradeTests {
    /// Every row of every table but the migrator's own, as text, sorted, table by table.
    static func rows(_ file: URL) throws -> [String: [String]] {
        try DatabaseQueue(path: file.path).read { db in
            var tables: [String: [String]] = [:]
            for table in try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
                """) {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).sorted()
            }
            return tables
        }
    }

    @Test func databaseOfThePreviousReleaseUpgradesWithNothingLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("du-lieu")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let file = data.appendingPathComponent("vanban.sqlite")
        let fixture = try #require(Bundle.module.url(forResource: "vanban-0.1.0", withExtension: "sqlite", subdirectory: "Fixtures"))
        try FileManager.default.copyItem(at: fixture, to: file)
        let before = try Self.rows(file)
        #expect(before.keys.sorted() == ["account", "job", "session", "template", "templateVersion"])
        #expect(before["account"]?.count == 2 && before["templateVersion"]?.count == 2 && before["job"]?.count == 2)

        let backend = try Backend(settings: ServerSettings(dataFolder: data, builtInTemplates: TestSite.templates, workers: 1))
        #expect(try Self.rows(file) == before)
        let applied = try backend.store.database.read { try Store.migrator.appliedIdentifiers($0) }
        #expect(applied == Set(Store.migrator.migrations))
        #expect(try backend.store.accounts().map(\.name).sorted() == ["quan.tri", "van.thu"])
        #expect(try backend.store.storedTemplates().map { "\($0.name) v\($0.version)" } == ["Thư mời v2"])
        #expect(try backend.store.jobs(limit: 10).map(\.records).sorted() == [2, 3])
    }
}
