import Foundation

/// Sổ văn bản đi: the outgoing register of an office (NĐ 30/2020, Điều 15–16, Phụ lục IV).
///
/// It gives numbers that never collide, even to several processes or machines at once, keeps
/// what was issued under each number (ký hiệu, date, kind, trích yếu, signer, recipients,
/// copies, the file and its SHA-256), and prints a year as the Phụ lục IV table.
///
/// ```swift
/// let register = try await Register.open(.sqlite(folder.appendingPathComponent("so-di.sqlite")))
/// try await register.save(Series(name: "chung", pattern: "{so}/{loai}-{co_quan}", agency: "SYT"))
/// let entry = try await register.issue(series: "chung", document: details) { number in
///     let destination = output.appendingPathComponent("\(number.symbolForFile).fodt")
///     let staging = StagedFile.temporaryURL(for: destination)
///     try render(number.symbol).write(to: staging)
///     return StagedFile(temporary: staging, destination: destination)
/// }
/// ```
///
/// The clock is injected (`now`), so tests decide what time it is; years are Vietnam's.
public final class Register: Sendable {
    /// Where the rows are kept.
    public let store: any RegisterStore
    /// What time it is.
    public let now: @Sendable () -> Date

    /// A register over a store; `now` gives the time (the system clock by default).
    public init(store: any RegisterStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Opens (creating if needed) the register at a location, then ``reconcile()``s it.
    public static func open(_ location: RegisterLocation,
                            now: @escaping @Sendable () -> Date = { Date() }) async throws -> Register {
        let store: any RegisterStore
        switch location {
        case .sqlite(let file): store = try SQLiteStore(file: file)
        case .postgres(let configuration): store = try await PostgresStore.connect(configuration)
        }
        let register = Register(store: store, now: now)
        _ = try await register.reconcile()
        return register
    }

    /// Closes the database connection.
    public func close() async throws {
        try await store.close()
    }

    // MARK: Series

    /// Adds or replaces a series, after checking its ký hiệu pattern.
    public func save(_ series: Series) async throws {
        _ = try SymbolPattern(series.pattern)
        try await store.save(series)
    }

    /// Every series, by name.
    public func allSeries() async throws -> [Series] {
        try await store.allSeries()
    }

    /// The series of this name, or ``RegisterError/unknownSeries(_:)``.
    public func series(named name: String) async throws -> Series {
        let name = name.precomposedStringWithCanonicalMapping
        guard let series = try await store.allSeries().first(where: { $0.name == name }) else {
            throw RegisterError.unknownSeries(name)
        }
        return series
    }

    // MARK: Numbers

    /// Takes the next number of a series for this year (a "số dự kiến"), recording who and when.
    /// Atomic across processes and machines: two callers never get the same number.
    public func reserve(series name: String, by person: String) async throws -> Entry {
        let series = try await series(named: name)
        let moment = now()
        return try await store.reserve(series: series.name, year: RegisterCalendar.year(of: moment),
                                       by: person.precomposedStringWithCanonicalMapping, at: moment)
    }

    /// Cancels a reserved number ("hủy số"): it stays in the register as cancelled and is never
    /// given again. An issued number cannot be cancelled this way.
    public func cancel(series name: String, year: Int, number: Int, by person: String,
                       reason: String) async throws -> Entry {
        let series = try await series(named: name)
        return try await store.cancel(series: series.name, year: year, number: number,
                                      by: person.precomposedStringWithCanonicalMapping, at: now(),
                                      reason: reason.precomposedStringWithCanonicalMapping)
    }

    /// Issues a document: the file write and the register entry are one decision.
    ///
    /// In one database transaction, holding the series' counter (or the reserved row) locked:
    /// 1. takes the next number of this year, or the reserved `number` given;
    /// 2. calls `write` with the number and its ký hiệu; `write` writes the document to a
    ///    **temporary** name (``StagedFile/temporaryURL(for:)``), never to its final name;
    /// 3. reads the temporary file back, flushes it to disk and computes its SHA-256;
    /// 4. records the entry as issued (ký hiệu, date, details, final path, temporary path,
    ///    SHA-256); a ký hiệu that already exists that year is refused
    ///    (``RegisterError/duplicateSymbol(_:year:)``), and so is a final path another issued
    ///    entry owns (``RegisterError/fileAlreadyRegistered(path:symbol:)``); the temporary file
    ///    is then removed;
    /// 5. commits; then renames the temporary file to its final name and records it placed.
    ///
    /// If `write` throws, nothing is recorded, the number goes back to the counter (it was never
    /// visible to anyone) and the error is rethrown.
    ///
    /// What a `kill -9` leaves, at any moment:
    /// - before the commit: the database rolls the transaction back (SQLite on next open,
    ///   PostgreSQL when the connection drops). No number is issued; at most a hidden temporary
    ///   file is left, with no final name, so no visible file carries an unregistered number.
    ///   The next issue takes the same number again, which is right: it was never given.
    /// - between the commit and the rename: the entry is issued and the file is complete under its
    ///   temporary name, with its SHA-256 in the register. ``reconcile()`` (run by
    ///   ``open(_:now:)``) finds issued entries not yet placed, checks the temporary file's
    ///   SHA-256 and renames it into place. So no number stays issued without its file.
    /// - after the rename, before "placed" is recorded: reconcile sees the final file with the
    ///   recorded SHA-256 and records it placed.
    ///
    /// The transaction holds the series' number while `write` runs, so keep `write` to writing
    /// (render before, if rendering is slow): other clerks of the same series wait meanwhile.
    ///
    /// - Parameters:
    ///   - series: The series' name.
    ///   - reserved: A số dự kiến taken earlier with ``reserve(series:by:)``; nil takes the next.
    ///   - year: The year of the reserved number (default: this year, Vietnam time).
    ///   - date: Ngày ban hành (default: today, Vietnam time).
    ///   - document: What the register records of the document.
    ///   - person: Who issues it.
    ///   - write: Writes the document for the number it is given, under
    ///     ``StagedFile/temporaryURL(for:)`` of its destination, and says where it wrote it.
    /// - Returns: The issued entry, its file in place.
    public func issue(series name: String, number reserved: Int? = nil, year: Int? = nil,
                      date: CalendarDay? = nil, document: DocumentDetails, by person: String,
                      write: (IssuedNumber) throws -> StagedFile) async throws -> Entry {
        let series = try await series(named: name)
        guard series.covers(kind: document.kind) else {
            throw RegisterError.kindNotInSeries(kind: document.kind, series: series.name, kinds: series.kinds)
        }
        let pattern = try SymbolPattern(series.pattern)
        let moment = now()
        let numberYear = year ?? RegisterCalendar.year(of: moment)
        let day = date ?? RegisterCalendar.day(of: moment)
        var staging: URL?
        let entry: Entry
        do {
            entry = try await store.issue(
                series: series.name, year: numberYear, number: reserved,
                by: person.precomposedStringWithCanonicalMapping, at: moment
            ) { number in
                let symbol = pattern.symbol(number: number, kind: document.kind, agency: series.agency,
                                            unit: document.unit, year: numberYear)
                let staged = try write(IssuedNumber(series: series.name, year: numberYear, number: number, symbol: symbol))
                staging = staged.temporary
                guard staged.temporary.deletingLastPathComponent().standardizedFileURL.path
                        == staged.destination.deletingLastPathComponent().standardizedFileURL.path else {
                    throw RegisterError.stagingElsewhere(temporary: staged.temporary.path,
                                                         destination: staged.destination.path)
                }
                let sha256 = try FileDigest.sha256(ofFileAt: staged.temporary, flushing: true)
                return IssueRecord(symbol: symbol, date: day, details: document, filePath: staged.destination.path,
                                   stagingPath: staged.temporary.path, sha256: sha256)
            }
        } catch {
            if let staging { try? FileManager.default.removeItem(at: staging) }
            throw error
        }
        try await place(PendingPlacement(series: entry.series, year: entry.year, number: entry.number,
                                         filePath: entry.filePath ?? "", stagingPath: staging?.path ?? "",
                                         sha256: entry.sha256 ?? ""))
        return entry
    }

    /// Finishes what a killed process left: issued entries whose file is still at its temporary
    /// name are renamed into place when the temporary file's SHA-256 is the recorded one; those
    /// already in place are recorded placed. Entries whose files are on another machine (a shared
    /// PostgreSQL register) are left for that machine. Returns the entries placed now.
    @discardableResult
    public func reconcile() async throws -> [PendingPlacement] {
        var placed: [PendingPlacement] = []
        for pending in try await store.unplacedEntries() {
            let manager = FileManager.default
            if manager.fileExists(atPath: pending.filePath),
               (try? FileDigest.sha256(ofFileAt: URL(fileURLWithPath: pending.filePath))) == pending.sha256 {
                try await store.markPlaced(series: pending.series, year: pending.year, number: pending.number)
                placed.append(pending)
            } else if manager.fileExists(atPath: pending.stagingPath),
                      (try? FileDigest.sha256(ofFileAt: URL(fileURLWithPath: pending.stagingPath))) == pending.sha256 {
                try await place(pending)
                placed.append(pending)
            }
        }
        return placed
    }

    /// Lists entries (numbers of every state) matching a query, by series, year, number.
    public func entries(_ query: EntryQuery = EntryQuery()) async throws -> [Entry] {
        try await store.entries(query)
    }

    private func place(_ pending: PendingPlacement) async throws {
        let staging = URL(fileURLWithPath: pending.stagingPath)
        let destination = URL(fileURLWithPath: pending.filePath)
        guard rename(staging.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            // Another process's reconcile() may have placed it between our commit and rename.
            if (try? FileDigest.sha256(ofFileAt: destination)) != pending.sha256 {
                throw RegisterError.renameFailed(from: staging.path, to: destination.path, reason: reason)
            }
            try await store.markPlaced(series: pending.series, year: pending.year, number: pending.number)
            return
        }
        FileDigest.flushFolder(of: destination)
        try await store.markPlaced(series: pending.series, year: pending.year, number: pending.number)
    }
}

/// The number an issue gives, handed to the caller's `write`.
public struct IssuedNumber: Sendable, Equatable {
    /// The series.
    public var series: String
    /// The number's year.
    public var year: Int
    /// The number.
    public var number: Int
    /// Số, ký hiệu (`05/QĐ-SYT`).
    public var symbol: String

    /// The ký hiệu with `/` replaced by `-`, fit for a file name (`05-QĐ-SYT`).
    public var symbolForFile: String {
        symbol.replacingOccurrences(of: "/", with: "-")
    }
}

/// A file the caller wrote for ``Register/issue(series:number:year:date:document:by:write:)``:
/// complete at `temporary`, to be renamed to `destination` once the entry is committed.
public struct StagedFile: Sendable, Equatable {
    /// Where the caller wrote it.
    public var temporary: URL
    /// Where it goes after the commit.
    public var destination: URL

    /// A file staged at `temporary`, going to `destination` (same folder, so the rename is atomic).
    public init(temporary: URL, destination: URL) {
        self.temporary = temporary
        self.destination = destination
    }

    /// The temporary name the register expects for a destination: hidden, in the same folder
    /// (`.05-QĐ-SYT.fodt.so-di-tam`).
    public static func temporaryURL(for destination: URL) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).so-di-tam")
    }
}
