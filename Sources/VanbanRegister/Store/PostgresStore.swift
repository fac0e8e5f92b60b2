import Foundation
import Logging
import PostgresNIO

/// The register in a PostgreSQL database, through postgres-nio: one connection, every change one
/// transaction. A number is taken by `INSERT … ON CONFLICT DO UPDATE … RETURNING` on the series'
/// counter row, which holds that row's lock until the transaction ends, so the other clients of
/// the same series wait, and clients of other series do not. A client killed mid-transaction
/// drops its connection, and the server rolls its transaction back.
public final class PostgresStore: RegisterStore {
    private let connection: PostgresConnection
    private let gate = TransactionGate()
    private let logger = Logger(label: "vanban.so-di")

    private init(connection: PostgresConnection) {
        self.connection = connection
    }

    deinit {
        // A store dropped without `close()`: close the connection, and keep it alive until it is.
        let connection = self.connection
        connection.close().whenComplete { _ in _ = connection }
    }

    /// Connects (without TLS: loopback or a trusted network), and creates or upgrades the tables
    /// (``RegisterSchema/steps``, recorded in `register_migrations`).
    public static func connect(_ address: PostgresAddress) async throws -> PostgresStore {
        let configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1,
                                                              logger: Logger(label: "vanban.so-di"))
        } catch let error as PSQLError {
            let reason = error.serverInfo?[.message] ?? error.underlying.map { String(describing: $0) }
                ?? String(describing: error.code)
            throw RegisterError.cannotConnect(host: address.host, port: address.port, reason: reason)
        } catch {
            throw RegisterError.cannotConnect(host: address.host, port: address.port, reason: String(describing: error))
        }
        let store = PostgresStore(connection: connection)
        _ = try await store.transaction { connection, logger in
            // Two clients creating or upgrading the tables at once would collide in PostgreSQL's
            // catalog: one at a time, and each step applied once, in order, with its record.
            try await connection.query("SELECT pg_advisory_xact_lock(7530016)", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: RegisterSchema.postgresLedger), logger: logger)
            var applied: Set<String> = []
            for try await id in try await connection.query("SELECT id FROM register_migrations", logger: logger).decode(String.self) {
                applied.insert(id)
            }
            let now = Date().timeIntervalSince1970
            for step in RegisterSchema.steps where !applied.contains(step.id) {
                for statement in step.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO register_migrations (id, applied_at) VALUES (\(step.id), \(now))",
                                           logger: logger)
            }
        }
        return store
    }

    /// Adds or replaces a series.
    public func save(_ series: Series) async throws {
        let kinds = RegisterSchema.kindsText(series.kinds)
        let secret = series.isSecret ? 1 : 0
        try await transaction { connection, logger in
            try await connection.query("""
                INSERT INTO series (name, kinds, pattern, agency, secret)
                VALUES (\(series.name), \(kinds), \(series.pattern), \(series.agency), \(secret))
                ON CONFLICT (name) DO UPDATE SET kinds = excluded.kinds, pattern = excluded.pattern,
                    agency = excluded.agency, secret = excluded.secret
                """, logger: logger)
        }
    }

    /// Every series, by name.
    public func allSeries() async throws -> [Series] {
        try await transaction { connection, logger in
            var result: [Series] = []
            let rows = try await connection.query(
                "SELECT name, kinds, pattern, agency, secret FROM series ORDER BY name", logger: logger)
            for try await (name, kinds, pattern, agency, secret) in rows.decode((String, String, String, String, Int).self) {
                result.append(Series(name: name, kinds: RegisterSchema.kinds(kinds), pattern: pattern,
                                     agency: agency, isSecret: secret != 0))
            }
            return result
        }
    }

    /// Takes the next number and records it reserved, in one transaction.
    public func reserve(series: String, year: Int, by person: String, at moment: Date) async throws -> Entry {
        // One statement, so one round trip and its own transaction: the counter row's lock is
        // held from the increment to the commit.
        let time = moment.timeIntervalSince1970
        return try await statement { connection, logger in
            let rows = try await connection.query("""
                WITH taken AS (
                    INSERT INTO counters (series, year, last) VALUES (\(series), \(year), 1)
                    ON CONFLICT (series, year) DO UPDATE SET last = counters.last + 1 RETURNING last)
                INSERT INTO entries (series, year, number, state, taken_by, taken_at)
                SELECT \(series), \(year), last, 'reserved', \(person), \(time) FROM taken
                RETURNING \(unescaped: RegisterSchema.entryColumns)
                """, logger: logger)
            for try await row in rows { return try Self.columns(row).entry }
            throw RegisterError.database("reservation without row")
        }
    }

    /// Marks a reserved number cancelled.
    public func cancel(series: String, year: Int, number: Int, by person: String, at moment: Date,
                       reason: String) async throws -> Entry {
        try await transaction { connection, logger in
            try await Self.requireReserved(connection, logger, series: series, year: year, number: number)
            let time = moment.timeIntervalSince1970
            try await connection.query("""
                UPDATE entries SET state = 'cancelled', cancelled_by = \(person), cancelled_at = \(time),
                    cancel_reason = \(reason)
                WHERE series = \(series) AND year = \(year) AND number = \(number)
                """, logger: logger)
            return try await Self.entry(connection, logger, series: series, year: year, number: number)
        }
    }

    /// Takes (or locks) the number, stages the file, records the entry issued; all or nothing.
    public func issue(series: String, year: Int, number: Int?, by person: String, at moment: Date,
                      stage: (Int) throws -> IssueRecord) async throws -> Entry {
        try await transaction { connection, logger in
            let given: Int
            let time = moment.timeIntervalSince1970
            if let number {
                try await Self.requireReserved(connection, logger, series: series, year: year, number: number)
                given = number
            } else {
                given = try await Self.nextNumber(connection, logger, series: series, year: year)
                try await connection.query("""
                    INSERT INTO entries (series, year, number, state, taken_by, taken_at)
                    VALUES (\(series), \(year), \(given), 'reserved', \(person), \(time))
                    """, logger: logger)
            }
            let record = try stage(given)
            let clash = try await connection.query(
                "SELECT number FROM entries WHERE year = \(year) AND symbol = \(record.symbol)", logger: logger)
            for try await _ in clash { throw RegisterError.duplicateSymbol(record.symbol, year: year) }
            let owners = try await connection.query(
                "SELECT symbol FROM entries WHERE state = 'issued' AND file_path = \(record.filePath)", logger: logger)
            for try await owner in owners.decode(String.self) {
                throw RegisterError.fileAlreadyRegistered(path: record.filePath, symbol: owner)
            }
            let details = record.details
            let date = record.date.isoText
            try await connection.query("""
                UPDATE entries SET state = 'issued', symbol = \(record.symbol), doc_date = \(date),
                    kind = \(details.kind), kind_name = \(details.kindName), summary = \(details.summary),
                    signer = \(details.signer), recipients = \(details.recipients),
                    archive_holder = \(details.archiveHolder), copies = \(details.copies), unit = \(details.unit),
                    note = \(details.note), file_path = \(record.filePath), staging_path = \(record.stagingPath),
                    sha256 = \(record.sha256), placed = 0, issued_by = \(person), issued_at = \(time)
                WHERE series = \(series) AND year = \(year) AND number = \(given)
                """, logger: logger)
            return try await Self.entry(connection, logger, series: series, year: year, number: given)
        }
    }

    /// Entries matching a query, by series, year, number.
    public func entries(_ query: EntryQuery) async throws -> [Entry] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let series = query.series { binds.append(series); conditions.append("series = $\(binds.count)") }
        if let year = query.year { binds.append(year); conditions.append("year = $\(binds.count)") }
        if let state = query.state { binds.append(state.rawValue); conditions.append("state = $\(binds.count)") }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT \(RegisterSchema.entryColumns) FROM entries \(filter) ORDER BY series, year, number"
        let finalBinds = binds
        return try await transaction { connection, logger in
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: finalBinds), logger: logger)
            var result: [Entry] = []
            for try await row in rows { result.append(try Self.columns(row).entry) }
            return result.filter(query.matches)
        }
    }

    /// Issued entries whose file is not yet recorded in place.
    public func unplacedEntries() async throws -> [PendingPlacement] {
        try await transaction { connection, logger in
            let rows = try await connection.query("""
                SELECT series, year, number, file_path, staging_path, sha256 FROM entries
                WHERE state = 'issued' AND placed = 0
                """, logger: logger)
            var result: [PendingPlacement] = []
            for try await (series, year, number, path, staging, sha256) in rows.decode((String, Int, Int, String, String, String).self) {
                result.append(PendingPlacement(series: series, year: year, number: number, filePath: path,
                                               stagingPath: staging, sha256: sha256))
            }
            return result
        }
    }

    /// Records an entry's file in place.
    public func markPlaced(series: String, year: Int, number: Int) async throws {
        _ = try await transaction { connection, logger in
            try await connection.query(
                "UPDATE entries SET placed = 1 WHERE series = \(series) AND year = \(year) AND number = \(number)",
                logger: logger)
        }
    }

    /// Closes the database.
    public func close() async throws {
        try await connection.close()
    }

    // MARK: Transactions

    /// Runs one statement (its own transaction), one at a time on this connection.
    private func statement<T>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        await gate.enter()
        do {
            let value = try await body(connection, logger)
            await gate.leave()
            return value
        } catch {
            await gate.leave()
            if let error = error as? RegisterError { throw error }
            if let error = error as? PSQLError {
                throw RegisterError.database(error.serverInfo?[.message] ?? String(reflecting: error.code))
            }
            throw error
        }
    }

    /// Runs `body` between BEGIN and COMMIT (ROLLBACK if it throws), one transaction at a time on
    /// this connection.
    @discardableResult
    private func transaction<T>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        await gate.enter()
        do {
            try await connection.query("BEGIN", logger: logger)
            let value = try await body(connection, logger)
            try await connection.query("COMMIT", logger: logger)
            await gate.leave()
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            await gate.leave()
            if let error = error as? RegisterError { throw error }
            if let error = error as? PSQLError {
                throw RegisterError.database(error.serverInfo?[.message] ?? String(reflecting: error.code))
            }
            throw error
        }
    }

    private static func nextNumber(_ connection: PostgresConnection, _ logger: Logger, series: String,
                                   year: Int) async throws -> Int {
        let rows = try await connection.query("""
            INSERT INTO counters (series, year, last) VALUES (\(series), \(year), 1)
            ON CONFLICT (series, year) DO UPDATE SET last = counters.last + 1 RETURNING last
            """, logger: logger)
        for try await number in rows.decode(Int.self) { return number }
        throw RegisterError.database("counter without value")
    }

    private static func requireReserved(_ connection: PostgresConnection, _ logger: Logger, series: String,
                                        year: Int, number: Int) async throws {
        // FOR UPDATE: a second clerk issuing the same reserved number waits, then sees it issued.
        let rows = try await connection.query("""
            SELECT state, symbol FROM entries WHERE series = \(series) AND year = \(year) AND number = \(number)
            FOR UPDATE
            """, logger: logger)
        for try await (state, symbol) in rows.decode((String, String?).self) {
            switch Entry.State(rawValue: state) {
            case .reserved: return
            case .issued: throw RegisterError.alreadyIssued(series: series, year: year, number: number, symbol: symbol ?? "")
            case .cancelled, nil: throw RegisterError.alreadyCancelled(series: series, year: year, number: number)
            }
        }
        throw RegisterError.unknownNumber(series: series, year: year, number: number)
    }

    private static func entry(_ connection: PostgresConnection, _ logger: Logger, series: String, year: Int,
                              number: Int) async throws -> Entry {
        let rows = try await connection.query(PostgresQuery(
            unsafeSQL: "SELECT \(RegisterSchema.entryColumns) FROM entries WHERE series = $1 AND year = $2 AND number = $3",
            binds: try bindings(series, year, number)), logger: logger)
        for try await row in rows { return try columns(row).entry }
        throw RegisterError.unknownNumber(series: series, year: year, number: number)
    }

    private static func bindings(_ series: String, _ year: Int, _ number: Int) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(series)
        binds.append(year)
        binds.append(number)
        return binds
    }

    private static func columns(_ row: PostgresRow) throws -> EntryColumns {
        let row = row.makeRandomAccess()
        return EntryColumns(
            series: try row["series"].decode(String.self), year: try row["year"].decode(Int.self),
            number: try row["number"].decode(Int.self), state: try row["state"].decode(String.self),
            takenBy: try row["taken_by"].decode(String.self), takenAt: try row["taken_at"].decode(Double.self),
            symbol: try row["symbol"].decode(String?.self), date: try row["doc_date"].decode(String?.self),
            kind: try row["kind"].decode(String?.self), kindName: try row["kind_name"].decode(String?.self),
            summary: try row["summary"].decode(String?.self), signer: try row["signer"].decode(String?.self),
            recipients: try row["recipients"].decode(String?.self),
            archiveHolder: try row["archive_holder"].decode(String?.self), copies: try row["copies"].decode(Int?.self),
            unit: try row["unit"].decode(String?.self), note: try row["note"].decode(String?.self),
            filePath: try row["file_path"].decode(String?.self), sha256: try row["sha256"].decode(String?.self),
            cancelledBy: try row["cancelled_by"].decode(String?.self),
            cancelledAt: try row["cancelled_at"].decode(Double?.self),
            cancelReason: try row["cancel_reason"].decode(String?.self))
    }
}

/// One transaction at a time on a connection, across suspension points.
actor TransactionGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
    }

    func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
