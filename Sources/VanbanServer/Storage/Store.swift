import Foundation
import GRDB

/// The web page's SQLite database (`vanban.sqlite` in the data folder), through GRDB: accounts,
/// sessions, the office's templates with their versions, and jobs.
final class Store: Sendable {
    let database: DatabaseQueue

    /// Opens (creating and migrating) the database at `url`; `nil`: in memory (tests).
    init(url: URL?) throws(ServerError) {
        do {
            var configuration = Configuration()
            // A backup (`vanban sao-luu`) holds a read lock while it copies: writes wait for it.
            configuration.busyMode = .timeout(30)
            database = try url.map { try DatabaseQueue(path: $0.path, configuration: configuration) }
                ?? DatabaseQueue(configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .storage(path: url?.path ?? ":memory:", reason: "\(error)")
        }
    }

    /// The schema's steps, in order, each applied once (GRDB records them in
    /// `grdb_migrations`): a database written by an earlier release is upgraded when opened.
    /// A step once released is never edited; a change is a new step at the end.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    passwordHash TEXT NOT NULL,
                    role TEXT NOT NULL,
                    created DOUBLE NOT NULL);
                CREATE TABLE session (
                    token TEXT PRIMARY KEY,
                    accountId INTEGER REFERENCES account(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    created DOUBLE NOT NULL);
                CREATE TABLE template (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    created DOUBLE NOT NULL);
                CREATE TABLE templateVersion (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    templateId INTEGER NOT NULL REFERENCES template(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    storedName TEXT NOT NULL,
                    originalName TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    uploadedBy TEXT NOT NULL,
                    created DOUBLE NOT NULL,
                    UNIQUE (templateId, version));
                CREATE TABLE job (
                    id TEXT PRIMARY KEY,
                    sequence INTEGER NOT NULL,
                    templateKey TEXT NOT NULL,
                    templateTitle TEXT NOT NULL,
                    account TEXT NOT NULL,
                    state TEXT NOT NULL,
                    form TEXT NOT NULL,
                    listName TEXT,
                    listStored TEXT,
                    records INTEGER NOT NULL DEFAULT 0,
                    format TEXT,
                    layout TEXT,
                    resultName TEXT,
                    message TEXT,
                    created DOUBLE NOT NULL,
                    started DOUBLE,
                    finished DOUBLE);
                CREATE INDEX jobByTemplate ON job(templateKey, created);
                """)
        }
        return migrator
    }
}
