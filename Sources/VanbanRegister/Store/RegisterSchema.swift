import Foundation

/// The register's tables, the same SQL for SQLite and PostgreSQL.
///
/// - `series`: the settings of each numbering series.
/// - `counters`: the last number given, one row per series and year; taking a number is one
///   `INSERT … ON CONFLICT DO UPDATE … RETURNING` on it, under the transaction's write lock.
/// - `entries`: every number ever given (reserved, issued or cancelled), never deleted; the
///   primary key forbids a number twice, a unique index a ký hiệu twice in a year.
enum RegisterSchema {
    static let statements = [
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
