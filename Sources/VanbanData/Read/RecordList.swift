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
    /// The sheet read, of a workbook.
    public let sheet: String?
    /// The workbook's sheets, in tab order (hidden ones too); empty for anything else.
    public let sheetNames: [String]
    /// How many sheets the workbook has (hidden ones too); 0 for anything else.
    public var sheetCount: Int { sheetNames.count }
    /// The header's rows (more than one when headings are merged over several rows).
    public let headerRows: [Int]
    /// Columns joined into one field (a heading merged across them): the field → the columns' letters.
    public let joinedColumns: [(field: String, letters: [String])]
    /// Fields the rows get from the list's section rows ("I. TẬP THỂ" gives `doi_tuong`).
    public let derivedFields: [String]
    /// Rows with something in them that are hidden by hand, or by a filter.
    public let hiddenRows: [Int]
    public let filteredRows: [Int]
    /// Rows whose formula sums the rows above: totals, whatever their label.
    private let sumRows: Set<Int>
    /// Rows shown with a cell struck through: a record there is an error.
    private let struckRows: Set<Int>
    /// Row → columns whose text a merged cell above gave.
    private let mergedDown: [Int: Set<Int>]
    /// Fields the template prints for every record: an empty cell of theirs is an error.
    private let requiredFields: Set<String>

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
    ///   - requiredFields: the fields the template prints for every record (outside any section,
    ///     with no default): an empty cell of their column is an error, reported with its rows.
    public init(url: URL, sheet: String? = nil, common: Value? = nil, expectedFields: [String] = [],
                headerRow: Int? = nil, fieldHeadings: [String: String] = [:], encoding: TextEncoding? = nil,
                requiredFields: [String] = [], reservedFields: Set<String> = []) throws(DataError) {
        self.url = url
        self.common = common
        self.requiredFields = Set(requiredFields)
        let path = url.relativePath
        let fileExtension = url.pathExtension.lowercased()
        let prefix: [TableRow]
        var merges: [MergedArea] = []
        switch fileExtension {
        case "xlsx", "ods":
            let sheets = try SheetRows.read(url, sheet: sheet)
            let visible = try Self.choose(sheets, named: sheet, expected: expectedFields, path: path)
            content = .sheet(visible.rows)
            prefix = visible.rows
            merges = visible.merges
            self.sheet = visible.name
            sheetNames = sheets.map { $0.isHidden ? "\($0.name) (ẩn)" : $0.name }
            hiddenRows = visible.hiddenRows
            filteredRows = visible.filteredRows
            sumRows = visible.sumRows
            struckRows = visible.struckRows
            mergedDown = visible.mergedDown
            self.encoding = nil
        case "csv", "tsv", "txt":
            let table = try CSVTable(url: url, encoding: encoding)
            content = .csv(table)
            self.encoding = table.encoding
            self.sheet = nil
            sheetNames = []
            hiddenRows = []
            filteredRows = []
            sumRows = []
            struckRows = []
            mergedDown = [:]
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
            self.sheet = nil
            sheetNames = []
            headerRows = []
            joinedColumns = []
            derivedFields = []
            hiddenRows = []
            filteredRows = []
            sumRows = []
            struckRows = []
            mergedDown = [:]
            return
        }
        warnings = []
        let index = try HeaderDetection.headerIndex(prefix, expected: expectedFields, manualRow: headerRow,
                                                    table: .bundled, path: path)
        let table = HeadingTable.bundled
        let band = HeaderBand(rows: prefix, index: index, merges: merges) { heading in
            let key = FieldName.normalize(heading)
            return expectedFields.contains(key) ? key : table.entry(heading: heading)?.field
        }
        // "Họ đệm" | "Tên" side by side (not merged): one name, as the clerk reads it.
        var headings = band.headings
        var joined = band.joined
        var manual = fieldHeadings
        if manual["ho_ten"] == nil {
            for index in headings.indices.dropLast() where joined[index] == nil && joined.values.allSatisfy({ !$0.contains(index + 1) }) {
                guard Self.givenNameHeadings.contains(FieldName.normalize(headings[index])),
                    FieldName.normalize(headings[index + 1]) == "ten"
                else { continue }
                headings[index] = headings[index].trimmed + " + " + headings[index + 1].trimmed
                headings[index + 1] = ""
                joined[index] = [index, index + 1]
                manual["ho_ten"] = headings[index]
                break
            }
        }
        let map = try ColumnMap(headings: headings, expected: expectedFields, manual: manual, path: path, joined: joined,
                                reserved: reservedFields)
        // Two columns for one field the template prints ("Họ và tên" and "Họ và tên (đã sửa)", two
        // lists side by side): which one is meant is the clerk's to say.
        let wanted = Set(expectedFields)
        for column in map.columns where column.source == .heading {
            guard let entry = table.entry(heading: column.heading),
                let first = map.columns.first(where: { other in
                    other.index != column.index && other.source != .heading
                        && (other.field == entry.field || table.entry(heading: other.heading)?.field == entry.field)
                }),
                wanted.contains(first.field)
            else { continue }
            throw .severalColumnsForOneField(path: path, field: entry.label, headings: [first.heading, column.heading])
        }
        header = HeaderRow(headings, map: map)
        self.columns = map
        self.headerRow = prefix[index].row
        headerRows = band.rows
        joinedColumns = map.columns.filter { $0.span.count > 1 }.map { column in
            (column.field, column.span.map(ColumnMap.letter(of:)))
        }
        let afterBand = prefix.firstIndex { $0.row > band.lastRow } ?? prefix.endIndex
        // Under the header: a row of units ("(đồng)") and a numbering row, in either order.
        var under = Array(prefix[afterBand...].filter { !$0.isBlank }.prefix(2))
        var skipped: Int?
        if let first = under.first, HeaderDetection.isUnitRow(first) {
            skipped = first.row
            under.removeFirst()
        }
        if let next = under.first, HeaderDetection.isNumberingRow(next) {
            skipped = next.row
            under.removeFirst()
            if let after = under.first, HeaderDetection.isUnitRow(after) { skipped = after.row }
        }
        numberingRow = skipped
        // Section rows give their rows a kind (or a group) no column holds.
        var derived: [String] = []
        for row in prefix[afterBand...] {
            guard let section = SectionRow(row) else { continue }
            if section.kind != nil, map.column(for: "doi_tuong") == nil, !derived.contains("doi_tuong") { derived.append("doi_tuong") }
            if section.group != nil {
                if !derived.contains("nhom") { derived.append("nhom") }
                if map.column(for: "don_vi") == nil, !derived.contains("don_vi") { derived.append("don_vi") }
            }
        }
        derivedFields = derived
    }

    /// How a clerk heads the column of a name's first part when "Tên" follows it.
    static let givenNameHeadings: Set<String> = ["ho_dem", "ho_va_ten_dem", "ho_va_dem", "ho_lot", "ho", "ho_va_chu_lot", "ho_chu_lot"]

    /// The sheet a list is read from: the one named, else, of the sheets the workbook shows, the one
    /// whose header names most of the template's fields (the first, of equals).
    private static func choose(_ sheets: [SheetContent], named: String?, expected: [String], path: String) throws(DataError) -> VisibleSheet {
        if named != nil, let only = sheets.first { return VisibleSheet(only) }
        let shown = sheets.filter { !$0.isHidden }
        guard !shown.isEmpty else {
            throw .noListSheet(path: path, sheets: sheets.map(\.name))
        }
        if shown.count == 1 { return VisibleSheet(shown[0]) }
        var best: (sheet: VisibleSheet, matched: Int, known: Int)?
        var ties: [String] = []
        for content in shown {
            let visible = VisibleSheet(content)
            guard let header = HeaderDetection.best(visible.rows, expected: expected, table: .bundled) else { continue }
            let score = (expected.isEmpty ? header.known : header.matched, header.known)
            if best == nil || score > (best!.matched, best!.known) {
                best = (visible, score.0, score.1)
                ties = [visible.name]
            } else if score == (best!.matched, best!.known) {
                ties.append(visible.name)
            }
        }
        guard let best, best.matched > 0 else { throw .noListSheet(path: path, sheets: shown.map(\.name)) }
        // Two sheets that fit as well (last year's list and this year's): the clerk says which.
        if ties.count > 1 { throw .severalListSheets(path: path, sheets: ties) }
        return best.sheet
    }

    /// The field names: a table's, in column order, or those of a YAML/JSON list's first item.
    public var fields: [String] {
        if let columns { return columns.fields + derivedFields.filter { !columns.fields.contains($0) } }
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
    /// `mergingCommon`: `false` gives each record its own fields only, without the common ones.
    public func reader(mergingCommon: Bool = true, onWarning: @escaping (DataWarning) -> Void = { _ in }) throws(DataError) -> ListReader {
        let source: ListReader.Source
        switch content {
        case .csv(let table): source = .csv(table.rows())
        case .sheet(let rows): source = .rows(rows)
        case .items(let items): source = .items(items)
        }
        let shared: OrderedDictionary<String, Value>? = if mergingCommon, case .object(let fields)? = common { fields } else { nil }
        var notes: [DataWarning] = []
        if sheetCount > 1, let sheet {
            notes.append(DataWarning(path: url.relativePath, line: headerRow ?? 0, field: "",
                                     kind: .sheetChosen(sheet: sheet, sheets: sheetNames)))
        }
        for column in columns?.setAside ?? [] {
            notes.append(DataWarning(path: url.relativePath, line: headerRow ?? 0, field: column.field,
                                     kind: .columnSetAside(heading: column.heading,
                                                           field: String(column.field.dropLast(ColumnMap.setAsideSuffix.count)))))
        }
        let afterHeader = headerRows.last ?? headerRow ?? 0
        let hidden = hiddenRows.filter { $0 > afterHeader }
        let filtered = filteredRows.filter { $0 > afterHeader }
        if !hidden.isEmpty {
            notes.append(DataWarning(path: url.relativePath, line: hidden[0], field: "", kind: .rowsLeftOut(.hidden, rows: hidden)))
        }
        if !filtered.isEmpty {
            notes.append(DataWarning(path: url.relativePath, line: filtered[0], field: "", kind: .rowsLeftOut(.filtered, rows: filtered)))
        }
        return ListReader(source: source, header: header, skipThrough: numberingRow ?? headerRows.last ?? headerRow ?? 0,
                          path: url.relativePath, common: shared, sumRows: sumRows, struckRows: struckRows, mergedDown: mergedDown, required: requiredFields,
                          notes: notes, onWarning: onWarning)
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
