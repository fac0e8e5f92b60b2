import VanbanData
import VanbanTemplate

/// A danh sách attached to one document (`tao --danh-sach`), read while the document renders
/// instead of held whole: the template's `{{#danh_sach}}` walks it a record at a time
/// (``StreamedList``), so that a list of any length takes the memory of one record. Each walk
/// reads the list file again, on a thread of its own (``ReadAhead``); its warnings are
/// reported on the first walk only. The first
/// error met ends the walk and is kept: ``failure`` is thrown once rendering is over, and
/// nothing is published.
final class ListWalks {
    private let list: RecordList
    private let file: String
    private let report: @Sendable (JobEvent) -> Void
    private var walks = 0
    /// The list's first error, met on a walk.
    private(set) var failure: DataError?

    init(_ list: RecordList, file: String, report: @escaping @Sendable (JobEvent) -> Void) {
        self.list = list
        self.file = file
        self.report = report
    }

    /// The list as the template's `danh_sach`.
    var streamed: StreamedList {
        StreamedList(name: "danh_sach") { [self] in walk() }
    }

    private func walk() -> AnyIterator<(value: Value, place: RecordPlace)> {
        walks += 1
        let report = walks == 1 ? self.report : { _ in }
        var reader: ListReader
        do {
            reader = try list.reader(onWarning: { report(.warning(.data($0))) })
        } catch {
            failure = failure ?? error
            return AnyIterator { nil }
        }
        let hasRows = list.columns != nil, file = file
        var count = 0
        let walk = ReadAheadWalk(ReadAhead { () throws(DataError) -> (value: Value, place: RecordPlace)? in
            guard let record = try reader.next() else { return nil }
            count += 1
            return (record.value, RecordPlace(number: count, file: file, row: hasRows && record.row > 0 ? record.row : nil))
        })
        return AnyIterator { [self] in
            if let item = walk.next() { return item }
            if let error = walk.failure { failure = failure ?? error }
            return nil
        }
    }
}
