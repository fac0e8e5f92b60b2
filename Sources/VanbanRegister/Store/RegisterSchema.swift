import Foundation
import GRDB

/// The register's tables, the same SQL for SQLite and PostgreSQL.
///
/// - `series`: the settings of each numbering series.
/// - `counters`: the last number given, one row per series and year; taking a number is one
///   `INSERT … ON CONFLICT DO UPDATE … RETURNING` on it, under the transaction's write lock.
/// - `entries`: every number ever given (reserved, issued or cancelled), never deleted; the
///   primary key forbids a number twice, a unique index a ký hiệu twice in a year.
///
/// The schema is versioned: ``steps`` are applied in order, each once, and recorded (SQLite:
/// GRDB's `grdb_migrations`; PostgreSQL: `register_migrations`), so that a register written by
/// an earlier release is upgraded when opened, with nothing lost. A released step is never
/// edited: a change is a new step at the end (and a fixture of the previous schema in the tests).
enum RegisterSchema {
    /// The steps, in order: an identifier and its statements (the same SQL on both databases).
    /// `v1` is the schema of vanban 0.1.0, whose registers recorded no version: its statements
    /// create only what is missing, so that such a register takes it as already there.
    static let steps: [(id: String, statements: [String])] = [
        ("v1", v1),
    ]

    static let v1 = [
        """
        CREATE TABLE IF NOT EXISTS series (
            name TEXT PRIMARY KEY, kinds TEXT NOT NULL, pattern TEXT NOT NULL,
            agency TEXT NOT NULL, secret INTEGER NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS counters (
            series TEXT NOT NULL, year BIGINT NOT NULL, last BIGINT NOT NULL,
            PRIMARY KEY (series, year))
        """,
        """
        CREATE TABLE IF NOT EXISTS entries (
            series TEXT NOT NULL, year BIGINT NOT NULL, number BIGINT NOT NULL, state TEXT NOT NULL,
            taken_by TEXT NOT NULL, taken_at DOUBLE PRECISION NOT NULL,
            symbol TEXT, doc_date TEXT, kind TEXT, kind_name TEXT, summary TEXT, signer TEXT,
            recipients TEXT, archive_holder TEXT, copies BIGINT, unit TEXT, note TEXT,
            file_path TEXT, staging_path TEXT, sha256 TEXT, placed BIGINT NOT NULL DEFAULT 0,
            issued_by TEXT, issued_at DOUBLE PRECISION,
            cancelled_by TEXT, cancelled_at DOUBLE PRECISION, cancel_reason TEXT,
            PRIMARY KEY (series, year, number))
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS entries_symbol ON entries (year, symbol) WHERE symbol IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS entries_file ON entries (file_path)",
    ]

    /// The SQLite register's migrator: GRDB runs each step once, in a transaction of its own.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps {
            let statements = step.statements
            migrator.registerMigration(step.id) { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        }
        return migrator
    }

    /// Brings the SQLite register at `queue` to the latest step. GRDB reads which steps are
    /// applied before it takes the write lock, so two processes opening a register at once may
    /// both run a step; the second one fails (its transaction rolled back), and finds the step
    /// applied by the first when it looks again.
    static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = migrator
        for attempt in 1... {
            do {
                try migrator.migrate(queue)
                return
            } catch let error as DatabaseError {
                if try queue.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt == 3 { throw error }
            }
        }
    }

    /// PostgreSQL's record of the applied steps.
    static let postgresLedger = """
        CREATE TABLE IF NOT EXISTS register_migrations (
            id TEXT PRIMARY KEY, applied_at DOUBLE PRECISION NOT NULL)
        """

    /// The columns an entry is read from, in this order.
    static let entryColumns = """
        series, year, number, state, taken_by, taken_at, symbol, doc_date, kind, kind_name, summary,
        signer, recipients, archive_holder, copies, unit, note, file_path, sha256, cancelled_by,
        cancelled_at, cancel_reason
        """

    /// Kinds are stored one a line.
    static func kindsText(_ kinds: [String]) -> String { kinds.joined(separator: "\n") }

    /// The kinds of a stored line list.
    static func kinds(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }
}

/// The values of one `entries` row, whatever the driver.
struct EntryColumns {
    var series: String
    var year: Int
    var number: Int
    var state: String
    var takenBy: String
    var takenAt: Double
    var symbol: String?
    var date: String?
    var kind: String?
    var kindName: String?
    var summary: String?
    var signer: String?
    var recipients: String?
    var archiveHolder: String?
    var copies: Int?
    var unit: String?
    var note: String?
    var filePath: String?
    var sha256: String?
    var cancelledBy: String?
    var cancelledAt: Double?
    var cancelReason: String?

    var entry: Entry {
        var details: DocumentDetails?
        if let kind {
            details = DocumentDetails(kind: kind, kindName: kindName ?? "", summary: summary ?? "",
                                      signer: signer ?? "", recipients: recipients ?? "",
                                      archiveHolder: archiveHolder ?? "", copies: copies ?? 1,
                                      unit: unit ?? "", note: note ?? "")
        }
        return Entry(series: series, year: year, number: number, state: Entry.State(rawValue: state) ?? .reserved,
                     takenBy: takenBy, takenAt: Date(timeIntervalSince1970: takenAt), symbol: symbol,
                     date: date.flatMap { CalendarDay($0) }, details: details, filePath: filePath,
                     sha256: sha256, cancelledBy: cancelledBy,
                     cancelledAt: cancelledAt.map { Date(timeIntervalSince1970: $0) }, cancelReason: cancelReason)
    }
}
