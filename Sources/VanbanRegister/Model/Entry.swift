import Foundation

/// One number of a series and year in the register, and what became of it.
public struct Entry: Sendable, Equatable {
    /// Where a number stands.
    public enum State: String, Sendable, Equatable, Codable {
        /// Số dự kiến: taken by a clerk, the document not issued yet.
        case reserved
        /// The document was issued under this number and its file written.
        case issued
        /// Cancelled ("đã hủy"): the number stays in the register and is never given again.
        case cancelled
    }

    /// The series' name.
    public var series: String
    /// The year the number belongs to (Vietnam time when it was taken).
    public var year: Int
    /// The number, 1 on 1 January.
    public var number: Int
    /// Where the number stands.
    public var state: State
    /// Who took the number, and when.
    public var takenBy: String
    /// When the number was taken.
    public var takenAt: Date
    /// Số, ký hiệu (`05/QĐ-SYT`), once issued.
    public var symbol: String?
    /// The document's date (ngày ban hành), once issued.
    public var date: CalendarDay?
    /// What was issued, once issued.
    public var details: DocumentDetails?
    /// The issued file's path.
    public var filePath: String?
    /// The issued file's SHA-256, lowercase hex.
    public var sha256: String?
    /// Who cancelled the number and why, once cancelled.
    public var cancelledBy: String?
    /// When the number was cancelled.
    public var cancelledAt: Date?
    /// Why the number was cancelled.
    public var cancelReason: String?

    /// An entry as the stores read it.
    public init(series: String, year: Int, number: Int, state: State, takenBy: String, takenAt: Date,
                symbol: String? = nil, date: CalendarDay? = nil, details: DocumentDetails? = nil,
                filePath: String? = nil, sha256: String? = nil, cancelledBy: String? = nil,
                cancelledAt: Date? = nil, cancelReason: String? = nil) {
        self.series = series
        self.year = year
        self.number = number
        self.state = state
        self.takenBy = takenBy
        self.takenAt = takenAt
        self.symbol = symbol
        self.date = date
        self.details = details
        self.filePath = filePath
        self.sha256 = sha256
        self.cancelledBy = cancelledBy
        self.cancelledAt = cancelledAt
        self.cancelReason = cancelReason
    }
}

/// What ``Register/entries(_:)`` lists.
public struct EntryQuery: Sendable, Equatable {
    /// Only this series (nil: every series).
    public var series: String?
    /// Only this year (nil: every year).
    public var year: Int?
    /// Only numbers in this state (nil: every state).
    public var state: Entry.State?
    /// Only entries whose ký hiệu, trích yếu, người ký or nơi nhận contain this text
    /// (ignoring case, not diacritics: "khen thưởng" finds "Khen thưởng", not "khen thuong").
    public var text: String?

    /// A query; nil fields match everything.
    public init(series: String? = nil, year: Int? = nil, state: Entry.State? = nil, text: String? = nil) {
        self.series = series
        self.year = year
        self.state = state
        self.text = text?.precomposedStringWithCanonicalMapping
    }

    /// Whether an entry matches (used after the stores' coarse filter).
    func matches(_ entry: Entry) -> Bool {
        if let series, entry.series != series { return false }
        if let year, entry.year != year { return false }
        if let state, entry.state != state { return false }
        if let text, !text.isEmpty {
            let fields = [entry.symbol ?? "", entry.details?.summary ?? "", entry.details?.signer ?? "",
                          entry.details?.recipients ?? "", entry.details?.kindName ?? ""]
            return fields.contains { $0.localizedCaseInsensitiveContains(text) }
        }
        return true
    }
}
