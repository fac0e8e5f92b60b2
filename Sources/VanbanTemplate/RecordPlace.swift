/// Where a record came from, for messages: its number in the batch, and when it was read from
/// a list, the file and the row the clerk sees in Excel or the CSV (header included). One
/// problem found in several records names them all at once.
public struct RecordPlace: Hashable, Sendable, CustomStringConvertible {
    /// 1-based numbers of the records in their batch (one, or several for a problem they share).
    public var numbers: [Int]
    /// The list file, as given.
    public var file: String?
    /// The rows of the list, as the spreadsheet numbers them (empty when not known).
    public var rows: [Int]

    /// One record: its number, and its file and row when it came from a list.
    public init(number: Int, file: String? = nil, row: Int? = nil) {
        numbers = [number]
        self.file = file
        rows = row.map { [$0] } ?? []
    }

    /// The records of `places` together (same file).
    public init(merging places: [RecordPlace]) {
        numbers = places.flatMap(\.numbers)
        file = places.first?.file
        rows = places.flatMap(\.rows)
    }

    /// `bản ghi 3 (ds.csv, dòng 4)`, `bản ghi 3`, or `12 bản ghi (ds.csv, dòng 2, 3, 4, 5, 6, 7, 8, 9…)`.
    public var description: String {
        let what = numbers.count == 1 ? "bản ghi \(numbers[0])" : numbers.count <= 8
            ? "các bản ghi \(numbers.map(String.init).joined(separator: ", "))" : "\(numbers.count) bản ghi"
        guard let file else { return what }
        guard !rows.isEmpty else { return "\(what) (\(file))" }
        let shown = rows.prefix(8).map(String.init).joined(separator: ", ") + (rows.count > 8 ? "…" : "")
        return "\(what) (\(file), dòng \(shown))"
    }
}
