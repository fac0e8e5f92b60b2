import VanbanData
import VanbanTemplate

/// The records a job renders, one at a time, each with its place for messages (its number,
/// and the list's file and row): the items of a data file, a decision's recipients, or the
/// rows of a list read as they come.
final class RecordStream {
    /// How many there are, when known before reading them (lists kept in memory, shards).
    let total: Int?
    /// At least how many there are, known before reading them (a CSV file's lines): counted
    /// only when asked (a batch asks it when its file names are numbered).
    var bound: Int? { total ?? measureBound() }
    private let measureBound: () -> Int?
    /// The file they come from.
    let file: String
    /// The field names of a list (for `--nhom-theo`).
    let fields: [String]
    /// The common data's file and fields, when records take fields from it: a problem with one
    /// of those fields is the common data's, not the list's.
    var common: (file: String, fields: Set<String>, columns: Set<String>)?
    private var items: IndexingIterator<[ListRecord]>?
    /// A list's records, read ahead on a thread of their own (``ReadAhead``).
    private var reader: ReadAheadWalk<ListRecord>?
    private(set) var count = 0
    private var hasRows = false

    /// Records held in memory; `hasRows`: each one's row is the row the clerk sees in its list.
    init(_ records: [ListRecord], file: String, fields: [String]? = nil, hasRows: Bool = false) {
        total = records.count
        measureBound = { nil }
        self.hasRows = hasRows
        self.file = file
        self.fields = fields ?? records.first?.value.keys ?? []
        items = records.makeIterator()
    }

    /// Records read from a list as they come; `hasRows`: the list is a table whose rows the
    /// clerk sees numbered (not a YAML/JSON list).
    convenience init(reading reader: ListReader, file: String, fields: [String], total: Int? = nil,
                     bound: @escaping () -> Int? = { nil }, hasRows: Bool) {
        var reader = reader
        self.init(next: { () throws(DataError) -> ListRecord? in try reader.next() }, file: file, fields: fields, total: total,
                  bound: bound, hasRows: hasRows)
    }

    /// Records made as they are asked for, by `next` (`nil` after the last).
    init(next: @escaping () throws(DataError) -> ListRecord?, file: String, fields: [String], total: Int? = nil,
         bound: @escaping () -> Int? = { nil }, hasRows: Bool) {
        self.total = total
        measureBound = bound
        self.hasRows = hasRows
        self.file = file
        self.fields = fields
        self.reader = ReadAheadWalk(ReadAhead(next))
    }

    /// `errors` with those about a field the common data gives (and no column does) said of
    /// the common data's file.
    func attributed(_ errors: [TemplateError]) -> [TemplateError] {
        guard let common else { return errors }
        return errors.map { error in
            guard let field = error.field, common.fields.contains(field), !common.columns.contains(field), let place = error.record
            else { return error }
            return error.said(of: RecordPlace(merging: [RecordPlace(number: place.numbers[0], file: common.file)]))
        }
    }

    /// The next record and its place, or `nil` at the end; a list's error met on the way.
    func nextRecord() throws(JobError) -> (value: Value, place: RecordPlace)? {
        let next: ListRecord?
        if items != nil {
            next = items?.next()
        } else {
            next = reader?.next()
            if next == nil, let failure = reader?.failure { throw .data(failure) }
        }
        guard let next else { return nil }
        count += 1
        return (next.value, RecordPlace(number: count, file: file, row: hasRows && next.row > 0 ? next.row : nil))
    }
}
