import Foundation
import VanbanData
import VanbanTemplate

/// A danh sách attached to one document (`tao --danh-sach`), read while the document renders
/// instead of held whole: the template's `{{#danh_sach}}` walks it a record at a time
/// (``StreamedList``), so that a list of any length takes the memory of one record. Each walk
/// reads the list file again, as a batch's ``RecordStream`` does (a batch of records ahead, on
/// a thread of its own). The warnings of the first walk to reach the list's end are reported,
/// from the calling thread; a walk let go before (`{{^danh_sach}}` looks at the first record
/// only) says nothing. The first error met ends the
/// walk and is kept: ``failure`` is thrown once rendering is over, and nothing is published.
/// ``finish()`` reads the list to its end when no walk did, so that it is always checked whole.
final class ListWalks {
    private let list: RecordList
    private let file: String
    private let report: @Sendable (JobEvent) -> Void
    /// Whether a walk has reached the list's end (or its error): its warnings were reported.
    private var ended = false
    /// The list's first error, met on a walk.
    private(set) var failure: JobError?

    init(_ list: RecordList, file: String, report: @escaping @Sendable (JobEvent) -> Void) {
        self.list = list
        self.file = file
        self.report = report
    }

    /// The list as the template's `danh_sach`.
    var streamed: StreamedList {
        StreamedList(name: "danh_sach") { [self] in walk() }
    }

    /// Reads the list to its end if no walk of the template did (a template that only asks
    /// whether it is empty, or never walks it): its errors and warnings count all the same.
    func finish() {
        guard !ended else { return }
        let records = walk()
        while records.next() != nil {}
    }

    private func walk() -> AnyIterator<(value: Value, place: RecordPlace)> {
        let warnings = WarningBuffer()
        let reader: ListReader
        do {
            reader = try list.reader(onWarning: { warnings.add($0) })
        } catch {
            failure = failure ?? .data(error)
            return AnyIterator { nil }
        }
        // Read ahead and numbered as a batch's records are, each with its row.
        let records = RecordStream(reading: reader, file: file, fields: list.fields, hasRows: list.columns != nil)
        return AnyIterator { [self] in
            do throws(JobError) {
                if let record = try records.nextRecord() { return record }
            } catch {
                failure = failure ?? error
            }
            if !ended {
                ended = true
                for warning in warnings.taken() { report(.warning(.data(warning))) }
            }
            return nil
        }
    }
}

/// The warnings a walk's reading thread met, kept until the walk ends.
private final class WarningBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var warnings: [DataWarning] = []

    func add(_ warning: DataWarning) {
        lock.lock()
        warnings.append(warning)
        lock.unlock()
    }

    func taken() -> [DataWarning] {
        lock.lock()
        defer { lock.unlock() }
        return warnings
    }
}
