import Foundation
import OrderedCollections

/// The records of a batch: the rows of a CSV/TXT file (in any ``TextEncoding``), of a sheet of
/// an `.xlsx` or `.ods` file, or the items of a YAML or JSON list. For a table, its shape is
/// found first (title rows, header row, numbering row: ``HeaderDetection``) and its columns
/// mapped to fields (``ColumnMap``); blank rows, a "Tổng cộng" row and the signature block are
/// not records. Can be walked more than once.
public struct RecordList: Sendable {
    /// The list file.
    public let url: URL
    /// Fields every record has too (a record's own fields win).
    private let common: Value?
    /// What reading a YAML/JSON list converted (a table's conversions are reported while walking).
    public let warnings: [DataWarning]
    /// A table's columns and their fields; `nil` for a YAML or JSON list.
    public let columns: ColumnMap?
    /// The row number of a table's header row.
    public let headerRow: Int?
    /// The row number of the numbering row under the header ("(1) (2) (3)"), when there is one.
    public let numberingRow: Int?
    /// The encoding a CSV/TXT file was read in.
    public let encoding: TextEncoding?

    private enum Content: Sendable {
        case csv(CSVTable)
        case sheet([TableRow])
        case items([Value])
    }
    private let content: Content
    private let header: HeaderRow?

    /// Opens `url`: `.csv`, `.tsv` or `.txt` as a table (in `encoding`, or the one its bytes
    /// show), `.xlsx` and `.ods` as a spreadsheet (the sheet named `sheet`, or the first),
    /// anything else as YAML/JSON whose top level is a list (or an object holding exactly one list).
    ///
    /// - Parameters:
    ///   - expectedFields: the fields the template uses: the header is the row that best
    ///     matches them, and a column whose heading names one fills it.
    ///   - headerRow: the header's row number (1-based), set by hand (`--dong-tieu-de`).
    ///   - fieldHeadings: field → heading as written, set by hand (`--cot ho_ten="Họ và tên khai sinh"`).
    ///   - encoding: the encoding of a CSV/TXT file, set by hand (`--bang-ma`); detected when `nil`.
    public init(url: URL, sheet: String? = nil, common: Value? = nil, expectedFields: [String] = [],
                headerRow: Int? = nil, fieldHeadings: [String: String] = [:], encoding: TextEncoding? = nil) throws(DataError) {
        self.url = url
        self.common = common
        let path = url.relativePath
        let fileExtension = url.pathExtension.lowercased()
        let prefix: [TableRow]
        switch fileExtension {
        case "xlsx", "ods":
            let rows = try SheetRows.read(url, sheet: sheet)
            content = .sheet(rows)
            prefix = rows
            self.encoding = nil
        case "csv", "tsv", "txt":
            let table = try CSVTable(url: url, encoding: encoding)
            content = .csv(table)
            self.encoding = table.encoding
            var rows = table.rows()
            var read: [TableRow] = []
            var filled = 0
            while let row = try rows.next() {
                read.append(row)
                if !row.isBlank { filled += 1 }
                if filled > HeaderDetection.searchedRows + 1 && row.row > (headerRow ?? 0) { break }
            }
            prefix = read
        default:
            let reading = try DataFile.reading(url)
            warnings = reading.warnings
            let lists: [[Value]]
            switch reading.value {
            case .list(let list): lists = [list]
            case .object(let fields): lists = fields.values.compactMap { if case .list(let list) = $0 { list } else { nil } }
            default: lists = []
            }
            guard lists.count == 1 else {
                throw .unsupported(path: path, line: 1, column: 1,
                                   what: "tệp này như một danh sách: cần một danh sách các bản ghi (mỗi mục bắt đầu bằng \"- \")")
            }
            content = .items(lists[0])
            self.encoding = nil
            header = nil
            self.columns = nil
            self.headerRow = nil
            numberingRow = nil
            return
        }
        warnings = []
        let index = try HeaderDetection.headerIndex(prefix, expected: expectedFields, manualRow: headerRow,
                                                    table: .bundled, path: path)
        let map = try ColumnMap(headings: prefix[index].cells, expected: expectedFields, manual: fieldHeadings, path: path)
        header = HeaderRow(prefix[index].cells, map: map)
        self.columns = map
        self.headerRow = prefix[index].row
        numberingRow = prefix[(index + 1)...].first { !$0.isBlank }.flatMap { HeaderDetection.isNumberingRow($0) ? $0.row : nil }
    }

    /// The field names: a table's, in column order, or those of a YAML/JSON list's first item.
    public var fields: [String] {
        if let columns { return columns.fields }
        if case .items(let items) = content { return items.first?.keys ?? [] }
        return []
    }

    /// The heading of the column that fills `field`, as the clerk wrote it.
    public func heading(of field: String) -> String? {
        columns?.column(for: field)?.heading
    }

    /// At least as many as the list's records, known without reading them: a CSV file's
    /// lines, a sheet's rows, a YAML/JSON list's items (exact). To guess how wide the numbers
    /// of a batch's file names will be before the last record is read.
    public var recordBound: Int {
        switch content {
        case .csv(let table): return table.lineCount
        case .sheet(let rows): return rows.count
        case .items(let items): return items.count
        }
    }

    /// Walks the records from the first, each with its row; `onWarning` hears of columns
    /// converted from legacy fonts and, at the end, of names written in capitals.
    public func reader(onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> ListReader {
        let source: ListReader.Source
        switch content {
        case .csv(let table): source = .csv(table.rows())
        case .sheet(let rows): source = .rows(rows)
        case .items(let items): source = .items(items)
        }
        let shared: OrderedDictionary<String, Value>? = if case .object(let fields)? = common { fields } else { nil }
        return ListReader(source: source, header: header, skipThrough: numberingRow ?? headerRow ?? 0,
                          path: url.relativePath, common: shared, onWarning: onWarning)
    }

    /// Every record with its row, read whole: an error anywhere in the list is thrown here.
    public func allRecords(onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> [ListRecord] {
        var reader = try reader(onWarning: onWarning)
        var records: [ListRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// The records from the first. The whole list is checked before the first is returned (a
    /// first walk that keeps nothing), so that an error anywhere in it is thrown here rather
    /// than ending the walk early; the records are then read again from memory, where nothing
    /// can fail. To read a long list once, use ``reader(onWarning:)``.
    public func records(onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> AnyIterator<Value> {
        var check = try reader(onWarning: onWarning)
        while try check.next() != nil {}
        var walk = try reader()
        return AnyIterator { (try? walk.next())??.value }
    }
}
