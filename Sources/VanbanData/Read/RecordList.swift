import Foundation

/// The records of a batch: the rows of a CSV file, read one at a time, or the items of a YAML
/// or JSON list. Can be walked more than once (a batch is checked whole before it is written).
public struct RecordList: Sendable {
    public let url: URL
    private let table: CSVTable?
    private let items: [Value]?
    private let sheetFields: [String]?
    /// Fields every record has too (a record's own fields win).
    private let common: Value?
    /// What reading the YAML/JSON list converted (CSV conversions are reported while walking).
    public let warnings: [DataWarning]

    /// Opens `url`: `.csv` (or `.txt`) as a table, `.xlsx` and `.ods` as a spreadsheet (the
    /// sheet named `sheet`, or the first), anything else as YAML/JSON whose top level is a list
    /// (or an object holding exactly one list).
    public init(url: URL, sheet: String? = nil, common: Value? = nil) throws(DataError) {
        self.url = url
        self.common = common
        let fileExtension = url.pathExtension.lowercased()
        if fileExtension == "xlsx" || fileExtension == "ods" {
            let sheetTable = try SheetTable.read(url, sheet: sheet)
            let header = HeaderRow(sheetTable.headers)
            var warned: Set<String> = []
            var warnings: [DataWarning] = []
            items = sheetTable.rows.enumerated().map { index, cells in
                header.record(cells, row: index + 2, path: url.relativePath, warned: &warned) { warnings.append($0) }
            }
            self.warnings = warnings
            table = nil
            sheetFields = header.fields
            return
        }
        sheetFields = nil
        if fileExtension == "csv" || fileExtension == "tsv" || fileExtension == "txt" {
            table = try CSVTable(url: url)
            items = nil
            warnings = []
            return
        }
        let reading = try DataFile.reading(url)
        table = nil
        warnings = reading.warnings
        let lists: [[Value]]
        switch reading.value {
        case .list(let list): lists = [list]
        case .object(let fields): lists = fields.values.compactMap { if case .list(let list) = $0 { list } else { nil } }
        default: lists = []
        }
        guard lists.count == 1 else {
            throw .unsupported(path: url.relativePath, line: 1, column: 1,
                               what: "tệp này như một danh sách: cần một danh sách các bản ghi (mỗi mục bắt đầu bằng \"- \")")
        }
        items = lists[0]
    }

    /// The field names of a CSV table, or of the first item.
    public var fields: [String] {
        if let table { return table.fields }
        return sheetFields ?? items?.first?.keys ?? []
    }

    /// The records from the first, with `onWarning` told of columns converted from legacy fonts.
    public func records(onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> AnyIterator<Value> {
        let base: AnyIterator<Value> = if let table { AnyIterator(try table.rows(onWarning: onWarning)) }
            else { AnyIterator((items ?? []).makeIterator()) }
        guard case .object(let shared)? = common else { return base }
        return AnyIterator {
            guard let record = base.next() else { return nil }
            guard case .object(let own) = record else { return record }
            return .object(shared.merging(own) { _, mine in mine })
        }
    }
}
