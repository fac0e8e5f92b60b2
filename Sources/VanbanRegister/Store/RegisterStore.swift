import Foundation

/// Where the register keeps its rows: SQLite (``SQLiteStore``) or PostgreSQL (``PostgresStore``).
///
/// Every method is one transaction. Numbers come from a counter row per series and year, taken
/// under the database's write lock (SQLite `BEGIN IMMEDIATE`; PostgreSQL the counter row's lock
/// from `INSERT … ON CONFLICT DO UPDATE`), so two processes never get the same number.
public protocol RegisterStore: Sendable {
    /// Adds or replaces a series.
    func save(_ series: Series) async throws
    /// Every series, by name.
    func allSeries() async throws -> [Series]
    /// Takes the next number of a series and year and records it as reserved.
    func reserve(series: String, year: Int, by person: String, at moment: Date) async throws -> Entry
    /// Marks a reserved number cancelled.
    func cancel(series: String, year: Int, number: Int, by person: String, at moment: Date,
                reason: String) async throws -> Entry
    /// In one transaction: takes the next number (or locks the reserved `number`), calls `stage`
    /// with it, and records the entry `stage` returns as issued; rolls back if `stage` throws or
    /// the ký hiệu already exists that year.
    func issue(series: String, year: Int, number: Int?, by person: String, at moment: Date,
               stage: (Int) throws -> IssueRecord) async throws -> Entry
    /// Entries, by series, year, number.
    func entries(_ query: EntryQuery) async throws -> [Entry]
    /// Issued entries whose file is still at its temporary name (see ``Register/reconcile()``).
    func unplacedEntries() async throws -> [PendingPlacement]
    /// Records that an entry's file is in place.
    func markPlaced(series: String, year: Int, number: Int) async throws
    /// Closes the connection.
    func close() async throws
}

/// What an issue records besides the number (built by ``Register`` from the caller's file).
public struct IssueRecord: Sendable {
    /// Số, ký hiệu.
    public var symbol: String
    /// Ngày ban hành.
    public var date: CalendarDay
    /// The document's details.
    public var details: DocumentDetails
    /// The file's final path.
    public var filePath: String
    /// The file's temporary path, renamed to `filePath` after the commit.
    public var stagingPath: String
    /// SHA-256 of the file, lowercase hex.
    public var sha256: String

    /// A record of an issue.
    public init(symbol: String, date: CalendarDay, details: DocumentDetails, filePath: String,
                stagingPath: String, sha256: String) {
        self.symbol = symbol
        self.date = date
        self.details = details
        self.filePath = filePath
        self.stagingPath = stagingPath
        self.sha256 = sha256
    }
}

/// An issued entry whose file was not yet renamed into place when last seen.
public struct PendingPlacement: Sendable, Equatable {
    /// The series.
    public var series: String
    /// The year.
    public var year: Int
    /// The number.
    public var number: Int
    /// The final path.
    public var filePath: String
    /// The temporary path.
    public var stagingPath: String
    /// The SHA-256 recorded at the commit.
    public var sha256: String
}
