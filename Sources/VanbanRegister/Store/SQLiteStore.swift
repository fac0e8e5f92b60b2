import Foundation
import GRDB

/// The register in a SQLite file, through GRDB: WAL mode, every change a `BEGIN IMMEDIATE`
/// transaction (the file's write lock taken at once), and a busy timeout so processes that
/// want the lock at the same moment wait for each other instead of failing.
public final class SQLiteStore: RegisterStore {
    private let queue: DatabaseQueue

    /// Opens (creating it and its folder if needed) the register file, and upgrades its schema
    /// (``RegisterSchema/steps``).
    public init(file: URL, busyTimeout: TimeInterval = 60) throws {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                 withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        do {
            queue = try DatabaseQueue(path: file.path, configuration: configuration)
            try RegisterSchema.migrate(queue)
        } catch let error as DatabaseError {
            throw RegisterError.database(error.description)
        }
    }

    /// Adds or replaces a series.
    public func save(_ series: Series) async throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO series (name, kinds, pattern, agency, secret) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET kinds = excluded.kinds, pattern = excluded.pattern,
                    agency = excluded.agency, secret = excluded.secret
                """, arguments: [series.name, RegisterSchema.kindsText(series.kinds), series.pattern,
                                 series.agency, series.isSecret ? 1 : 0])
        }
    }

    /// Every series, by name.
    public func allSeries() async throws -> [Series] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, kinds, pattern, agency, secret FROM series ORDER BY name").map {
                Series(name: $0["name"], kinds: RegisterSchema.kinds($0["kinds"]), pattern: $0["pattern"],
                       agency: $0["agency"], isSecret: ($0["secret"] as Int) != 0)
            }
        }
    }

    /// Takes the next number and records it reserved, in one transaction.
    public func reserve(series: String, year: Int, by person: String, at moment: Date) async throws -> Entry {
        try write { db in
            let number = try Self.nextNumber(db, series: series, year: year)
            try db.execute(sql: """
                INSERT INTO entries (series, year, number, state, taken_by, taken_at) VALUES (?, ?, ?, 'reserved', ?, ?)
                """, arguments: [series, year, number, person, moment.timeIntervalSince1970])
            return try Self.entry(db, series: series, year: year, number: number)
        }
    }

    /// Marks a reserved number cancelled.
    public func cancel(series: String, year: Int, number: Int, by person: String, at moment: Date,
                       reason: String) async throws -> Entry {
        try write { db in
            try Self.requireReserved(db, series: series, year: year, number: number)
            try db.execute(sql: """
                UPDATE entries SET state = 'cancelled', cancelled_by = ?, cancelled_at = ?, cancel_reason = ?
                WHERE series = ? AND year = ? AND number = ?
                """, arguments: [person, moment.timeIntervalSince1970, reason, series, year, number])
            return try Self.entry(db, series: series, year: year, number: number)
        }
    }

    /// Takes (or locks) the number, stages the file, records the entry issued; all or nothing.
    public func issue(series: String, year: Int, number: Int?, by person: String, at moment: Date,
                      stage: (Int) throws -> IssueRecord) async throws -> Entry {
        try write { db in
            let given: Int
            if let number {
                try Self.requireReserved(db, series: series, year: year, number: number)
                given = number
            } else {
                given = try Self.nextNumber(db, series: series, year: year)
                try db.execute(sql: """
                    INSERT INTO entries (series, year, number, state, taken_by, taken_at) VALUES (?, ?, ?, 'reserved', ?, ?)
                    """, arguments: [series, year, given, person, moment.timeIntervalSince1970])
            }
            let record = try stage(given)
            if try Int.fetchOne(db, sql: "SELECT 1 FROM entries WHERE year = ? AND symbol = ?",
                                arguments: [year, record.symbol]) != nil {
                throw RegisterError.duplicateSymbol(record.symbol, year: year)
            }
            if let owner = try String.fetchOne(db, sql: "SELECT symbol FROM entries WHERE state = 'issued' AND file_path = ?",
                                               arguments: [record.filePath]) {
                throw RegisterError.fileAlreadyRegistered(path: record.filePath, symbol: owner)
            }
            let details = record.details
            let values: [any DatabaseValueConvertible & Sendable] = [
                record.symbol, record.date.isoText, details.kind, details.kindName, details.summary, details.signer,
                details.recipients, details.archiveHolder, details.copies, details.unit, details.note,
                record.filePath, record.stagingPath, record.sha256, person, moment.timeIntervalSince1970,
                series, year, given,
            ]
            try db.execute(sql: """
                UPDATE entries SET state = 'issued', symbol = ?, doc_date = ?, kind = ?, kind_name = ?, summary = ?,
                    signer = ?, recipients = ?, archive_holder = ?, copies = ?, unit = ?, note = ?, file_path = ?,
                    staging_path = ?, sha256 = ?, placed = 0, issued_by = ?, issued_at = ?
                WHERE series = ? AND year = ? AND number = ?
                """, arguments: StatementArguments(values))
            return try Self.entry(db, series: series, year: year, number: given)
        }
    }

    /// Entries matching a query, by series, year, number.
    public func entries(_ query: EntryQuery) async throws -> [Entry] {
        try read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible & Sendable] = []
            if let series = query.series { conditions.append("series = ?"); arguments.append(series) }
            if let year = query.year { conditions.append("year = ?"); arguments.append(year) }
            if let state = query.state { conditions.append("state = ?"); arguments.append(state.rawValue) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT \(RegisterSchema.entryColumns) FROM entries \(filter) ORDER BY series, year, number",
                                    arguments: StatementArguments(arguments))
                .map(Self.columns).map(\.entry).filter(query.matches)
        }
    }

    /// Issued entries whose file is not yet recorded in place.
    public func unplacedEntries() async throws -> [PendingPlacement] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT series, year, number, file_path, staging_path, sha256 FROM entries
                WHERE state = 'issued' AND placed = 0
                """).map {
                PendingPlacement(series: $0["series"], year: $0["year"], number: $0["number"],
                                 filePath: $0["file_path"], stagingPath: $0["staging_path"], sha256: $0["sha256"])
            }
        }
    }

    /// Records an entry's file in place.
    public func markPlaced(series: String, year: Int, number: Int) async throws {
        try write { db in
            try db.execute(sql: "UPDATE entries SET placed = 1 WHERE series = ? AND year = ? AND number = ?",
                           arguments: [series, year, number])
        }
    }

    /// Closes the database.
    public func close() async throws {
        try queue.close()
    }

    // MARK: Transactions

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw RegisterError.database("transaction without result") }
                return result
            }
        } catch let error as DatabaseError {
            throw RegisterError.database(error.description)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw RegisterError.database(error.description)
        }
    }

    private static func nextNumber(_ db: Database, series: String, year: Int) throws -> Int {
        let number = try Int.fetchOne(db, sql: """
            INSERT INTO counters (series, year, last) VALUES (?, ?, 1)
            ON CONFLICT (series, year) DO UPDATE SET last = last + 1 RETURNING last
            """, arguments: [series, year])
        guard let number else { throw RegisterError.database("counter without value") }
        return number
    }

    private static func requireReserved(_ db: Database, series: String, year: Int, number: Int) throws {
        let existing = try entryIfAny(db, series: series, year: year, number: number)
        guard let existing else { throw RegisterError.unknownNumber(series: series, year: year, number: number) }
        switch existing.state {
        case .reserved: return
        case .issued:
            throw RegisterError.alreadyIssued(series: series, year: year, number: number, symbol: existing.symbol ?? "")
        case .cancelled: throw RegisterError.alreadyCancelled(series: series, year: year, number: number)
        }
    }

    private static func entry(_ db: Database, series: String, year: Int, number: Int) throws -> Entry {
        guard let entry = try entryIfAny(db, series: series, year: year, number: number) else {
            throw RegisterError.unknownNumber(series: series, year: year, number: number)
        }
        return entry
    }

    private static func entryIfAny(_ db: Database, series: String, year: Int, number: Int) throws -> Entry? {
        try Row.fetchOne(db, sql: "SELECT \(RegisterSchema.entryColumns) FROM entries WHERE series = ? AND year = ? AND number = ?",
                         arguments: [series, year, number]).map(columns)?.entry
    }

    private static func columns(_ row: Row) -> EntryColumns {
        EntryColumns(series: row["series"], year: row["year"], number: row["number"], state: row["state"],
                     takenBy: row["taken_by"], takenAt: row["taken_at"], symbol: row["symbol"], date: row["doc_date"],
                     kind: row["kind"], kindName: row["kind_name"], summary: row["summary"], signer: row["signer"],
                     recipients: row["recipients"], archiveHolder: row["archive_holder"], copies: row["copies"],
                     unit: row["unit"], note: row["note"], filePath: row["file_path"], sha256: row["sha256"],
                     cancelledBy: row["cancelled_by"], cancelledAt: row["cancelled_at"],
                     cancelReason: row["cancel_reason"])
    }
}
