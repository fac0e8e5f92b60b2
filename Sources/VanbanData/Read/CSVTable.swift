import CSV
import Foundation
import VanbanRules

/// A list exported from a spreadsheet as CSV: UTF-8 with or without a byte order mark, `,` or
/// `;` between fields (told from the header line), quoted fields with line breaks. The header
/// row gives the field names, normalised (``FieldName``). Read one row at a time, so that a
/// hundred thousand rows take no more memory than one.
public struct CSVTable: Sendable {
    /// The file.
    public let url: URL
    /// The headers as written.
    public let headers: [String]
    /// The field names, in column order.
    public let fields: [String]
    public let delimiter: Unicode.Scalar
    let headerRow: HeaderRow

    /// Opens the file and reads its header row.
    public init(url: URL) throws(DataError) {
        self.url = url
        let path = url.relativePath
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: path) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .unreadable(path: path, reason: "không có quyền đọc")
        }
        let head = handle.readData(ofLength: 64 * 1024)
        try? handle.close()
        delimiter = Self.detectDelimiter(head)
        let reader = try Self.reader(url, delimiter: delimiter)
        guard let header = reader.headerRow, !header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .syntax(path: path, line: 1, column: 1, problem: "tệp không có dòng tiêu đề (tên các cột)")
        }
        let row = HeaderRow(header)
        headers = row.headers
        fields = row.fields
        headerRow = row
    }

    /// `;` when the header line has more semicolons than commas outside quotes (Excel in a
    /// Vietnamese or European locale), else `,`.
    static func detectDelimiter(_ head: Data) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for byte in head {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    static func reader(_ url: URL, delimiter: Unicode.Scalar) throws(DataError) -> CSVReader {
        guard let stream = InputStream(url: url) else { throw .unreadable(path: url.relativePath, reason: "không mở được tệp") }
        do {
            return try CSVReader(stream: stream, hasHeaderRow: true, delimiter: delimiter)
        } catch {
            throw .syntax(path: url.relativePath, line: 1, column: 1, problem: "không đọc được dòng tiêu đề")
        }
    }

    /// The rows, one ``Value`` object each (field name → text), from the start of the file.
    /// `onWarning` hears of each column converted from a legacy font, once per column.
    public func rows(onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> RowIterator {
        RowIterator(table: self, reader: try Self.reader(url, delimiter: delimiter), onWarning: onWarning)
    }

    /// Walks the rows of a CSV file.
    public final class RowIterator: IteratorProtocol, Sequence {
        let table: CSVTable
        let reader: CSVReader
        let onWarning: (DataWarning) -> Void
        private var warned: Set<String> = []
        /// The 1-based row number of the last row returned (the header is row 1).
        public private(set) var row = 1
        /// Set when reading stopped on bad bytes.
        public private(set) var error: DataError?

        init(table: CSVTable, reader: CSVReader, onWarning: @escaping (DataWarning) -> Void) {
            self.table = table
            self.reader = reader
            self.onWarning = onWarning
        }

        public func next() -> Value? {
            guard let cells = reader.next() else {
                if reader.error != nil { error = .notUTF8(path: table.url.relativePath) }
                return nil
            }
            row += 1
            // A blank line, or a row of empty cells (`,,,` from a spreadsheet): no record.
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return next() }
            return table.headerRow.record(cells, row: row, path: table.url.relativePath, warned: &warned, onWarning: onWarning)
        }
    }
}
