import VanbanData
import VanbanTemplate

/// The records a job renders, one at a time, each with its place for messages: the items of
/// a data file, a decision's recipients, or the rows of a list read as they come.
final class RecordStream {
    /// How many there are, when known before reading them (lists kept in memory).
    let total: Int?
    /// The file they come from.
    let file: String
    /// The field names of a list (for `--nhom-theo`).
    let fields: [String]
    private let next: () -> Value?
    private(set) var count = 0

    init(_ records: [Value], file: String, fields: [String]? = nil) {
        total = records.count
        self.file = file
        self.fields = fields ?? records.first?.keys ?? []
        var iterator = records.makeIterator()
        next = { iterator.next() }
    }

    init(streaming iterator: AnyIterator<Value>, file: String, fields: [String], total: Int? = nil) {
        self.total = total
        self.file = file
        self.fields = fields
        next = { iterator.next() }
    }

    /// The next record and its place, or `nil` at the end.
    func nextRecord() -> (value: Value, place: RecordPlace)? {
        guard let value = next() else { return nil }
        count += 1
        return (value, RecordPlace(number: count, file: file))
    }
}
