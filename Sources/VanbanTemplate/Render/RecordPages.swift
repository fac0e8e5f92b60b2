import Foundation
import VanbanData

/// One document with a page per record, being filled a record at a time, its bytes taken as
/// they grow: ``Pages`` (Flat ODT) and ``PackagePages`` (the `content.xml` of a packaged ODT).
public protocol RecordPages {
    /// Renders one record's pages. `record` says where it came from, for messages.
    mutating func add(_ data: Value, record: RecordPlace)
    /// The problems found so far (every record's).
    var errorCount: Int { get }
    /// Whether the bytes held are over a megabyte: time to ``take()`` them.
    var isLarge: Bool { get }
    /// The bytes rendered since the last call.
    mutating func take() -> Data
    /// Closes the document and returns its last bytes; throws every problem of every record.
    mutating func finish() throws(TemplateError) -> Data
    /// Control characters removed from values.
    var droppedCharacters: [String] { get }
}

extension Pages: RecordPages {
    public mutating func add(_ data: Value, record: RecordPlace) { add(data, record: record, bookmark: nil) }
}

extension PackagePages: RecordPages {}
