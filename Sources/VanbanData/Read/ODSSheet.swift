import Foundation
import VanbanODF

/// A sheet of an OpenDocument spreadsheet (`.ods`): `table:table` rows and cells, with their
/// repetitions; typed cells read from their value attributes. `content.xml` is read as a
/// libxml2 stream: memory follows the cells kept, not the XML.
struct ODSSheet {
    let archive: ZipReader
    let path: String

    /// LibreOffice repeats empty cells and rows by the thousand at the end of a sheet.
    static let maxRepeat = 1000

    /// The sheet named `sheet`, or, when `nil`, every sheet in tab order (hidden ones marked),
    /// each as Calc shows it (``SheetContent``).
    func sheets(named sheet: String?) throws(DataError) -> [SheetContent] {
        guard let content = try SheetTable.part(archive, "content.xml", path: path) else {
            throw .unreadable(path: path, reason: "không có trang tính")
        }
        let reader = ODSRowReader(path: path, sheet: sheet)
        try SheetTable.stream(content, part: "content.xml", path: path, to: reader)
        guard reader.sawSpreadsheet else { throw .unreadable(path: path, reason: "không có trang tính") }
        if let sheet {
            guard let found = reader.sheets.first else {
                throw .unknownSheet(path: path, sheet: sheet, sheets: reader.names)
            }
            return [found]
        }
        return reader.sheets
    }

    /// The first sheet's cells (tests of the reader's limits).
    func cells(sheet: String?) throws(DataError) -> [[String]] {
        let sheets = try sheets(named: sheet)
        return (sheets.first { !$0.isHidden } ?? sheets.first)?.cells ?? []
    }
}

/// Reads the `table:table`s of `content.xml` as libxml2 streams it: the one named, or every one.
final class ODSRowReader: XMLStreamHandler, SheetStreamReader {
    let path: String
    /// The sheet asked for, or `nil` for all.
    let sheet: String?
    /// The sheets read, in order.
    private(set) var sheets: [SheetContent] = []
    private(set) var names: [String] = []
    /// The sheet being read.
    private var current = SheetContent(name: "")
    private var rows: [[String]] {
        get { current.cells }
        set { current.cells = newValue }
    }
    /// Table styles that hide their sheet (`table:display="false"`).
    private var hiddenTableStyles: Set<String> = []
    /// Cell styles whose text is struck through, and text styles (of a span of a cell's text).
    private var struckCellStyles: Set<String> = []
    private var struckTextStyles: Set<String> = []
    private var styleName: String?
    private var styleFamily: String?
    /// Whether the cell being read has a struck-through style.
    private var cellStruck = false
    /// Columns declared so far in the current table (`table:table-column`).
    private var columnCount = 0
    /// Row number (1-based) of the row being read.
    private var rowNumber: Int { rows.count + 1 }
    private(set) var failure: DataError?
    private(set) var sawSpreadsheet = false
    private(set) var foundSheet = false
    var stopped: Bool { failure != nil }

    /// Open elements: namespace and local name.
    private var stack: [(namespace: String?, name: String)] = []
    private var spreadsheetDepth: Int?
    private var tableDepth: Int?
    private var rowDepth: Int?
    private var rowRepeat = 1
    private var rowVisibility: String?
    private var row: [String] = []
    private var pendingEmpty = 0
    private var cellDepth: Int?
    private var cell: (valueType: String?, value: String?, repeat: Int, formula: String?)?
    private var paragraphs: [String] = []
    private var paragraphDepth: Int?
    private var paragraph: [UInt8] = []
    private var cellCount = 0

    init(path: String, sheet: String?) {
        self.path = path
        self.sheet = sheet
    }

    func start(_ name: String, namespace: String?, attributes: XMLAttributes) {
        let depth = stack.count
        stack.append((namespace, name))
        if spreadsheetDepth == nil {
            if namespace == Namespace.office, name == "spreadsheet", depth == 2,
                stack[1] == (Namespace.office, "body")
            {
                spreadsheetDepth = depth
                sawSpreadsheet = true
            }
            // Automatic styles come first: a table style may hide its sheet, a cell style strike its text.
            if namespace == Namespace.style, name == "style" {
                styleName = attributes["name", namespace: Namespace.style]
                styleFamily = attributes["family", namespace: Namespace.style]
            } else if namespace == Namespace.style, name == "table-properties", styleFamily == "table", let styleName,
                attributes["display", namespace: Namespace.table] == "false"
            {
                hiddenTableStyles.insert(styleName)
            } else if namespace == Namespace.style, name == "text-properties", let styleName,
                let line = attributes["text-line-through-style", namespace: Namespace.style], line != "none"
            {
                if styleFamily == "table-cell" { struckCellStyles.insert(styleName) }
                if styleFamily == "text" { struckTextStyles.insert(styleName) }
            }
            return
        }
        if tableDepth == nil {
            guard namespace == Namespace.table, name == "table", depth == (spreadsheetDepth ?? 0) + 1 else { return }
            let tableName = attributes["name", namespace: Namespace.table]
            if let tableName { names.append(tableName) }
            if sheet == nil || (!foundSheet && tableName == sheet) {
                foundSheet = true
                tableDepth = depth
                current = SheetContent(name: tableName ?? "")
                current.isHidden = attributes["style-name", namespace: Namespace.table].map(hiddenTableStyles.contains) ?? false
                columnCount = 0
            }
            return
        }
        if rowDepth == nil {
            if namespace == Namespace.table, name == "table-column" {
                let repeated = Int(attributes["number-columns-repeated", namespace: Namespace.table] ?? "1") ?? 1
                let count = max(1, min(repeated, 16_384 - columnCount))
                if let visibility = attributes["visibility", namespace: Namespace.table], visibility != "visible", count <= 256 {
                    for column in columnCount..<(columnCount + count) { current.hiddenColumns.insert(column) }
                }
                columnCount += count
                return
            }
            guard namespace == Namespace.table, name == "table-row" else { return }
            rowVisibility = attributes["visibility", namespace: Namespace.table]
            do throws(DataError) {
                rowRepeat = try repeatCount(attributes["number-rows-repeated", namespace: Namespace.table],
                                            cell: SheetLimit.cellName(row: rows.count + 1, column: 1))
            } catch {
                failure = error
                return
            }
            rowDepth = depth
            row = []
            pendingEmpty = 0
            return
        }
        if cellDepth == nil {
            guard depth == (rowDepth ?? 0) + 1, namespace == Namespace.table,
                name == "table-cell" || name == "covered-table-cell"
            else { return }
            let column = row.count + pendingEmpty + 1
            do throws(DataError) {
                let repeated = try repeatCount(attributes["number-columns-repeated", namespace: Namespace.table],
                                               cell: SheetLimit.cellName(row: rows.count + 1, column: column))
                cell = (attributes["value-type", namespace: Namespace.office], Self.typedValue(attributes), repeated,
                        attributes["formula", namespace: Namespace.table])
                cellStruck = attributes["style-name", namespace: Namespace.table].map(struckCellStyles.contains) ?? false
                let rowsSpanned = max(1, Int(attributes["number-rows-spanned", namespace: Namespace.table] ?? "1") ?? 1)
                let columnsSpanned = max(1, Int(attributes["number-columns-spanned", namespace: Namespace.table] ?? "1") ?? 1)
                if name == "table-cell", rowsSpanned > 1 || columnsSpanned > 1, current.merges.count < 10_000 {
                    current.merges.append(MergedArea(top: rowNumber, bottom: rowNumber + min(rowsSpanned, 1_000) - 1,
                                                     left: column - 1, right: column - 1 + min(columnsSpanned, 1_000) - 1))
                }
            } catch {
                failure = error
                return
            }
            cellDepth = depth
            paragraphs = []
            return
        }
        if namespace == Namespace.text, name == "span", let style = attributes["style-name", namespace: Namespace.text],
            struckTextStyles.contains(style)
        {
            cellStruck = true
        }
        if paragraphDepth == nil, depth == (cellDepth ?? 0) + 1, namespace == Namespace.text, name == "p" {
            paragraphDepth = depth
            paragraph = []
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard paragraphDepth != nil else { return }
        paragraph.append(contentsOf: bytes)
        if paragraph.count > SheetTable.maxCellBytes {
            failure = .sheetTooLarge(path: path, limit: .cellText(max: SheetTable.maxCellBytes), value: paragraph.count)
        }
    }

    func end(_ name: String, namespace: String?) {
        let depth = stack.count - 1
        stack.removeLast()
        if depth == paragraphDepth {
            paragraphs.append(String(decoding: paragraph, as: UTF8.self))
            paragraphDepth = nil
        } else if depth == cellDepth {
            endCell()
            cellDepth = nil
        } else if depth == rowDepth {
            endRow()
            rowDepth = nil
        } else if depth == tableDepth {
            sheets.append(current)
            current = SheetContent(name: "")
            // The table asked for is read; later ones only give their names.
            tableDepth = sheet == nil ? nil : -1
        }
    }

    private func endCell() {
        guard let cell else { return }
        if let formula = cell.formula,
            XLSXCellReader.sumsAbove(formula.replacingOccurrences(of: ".", with: ""), row: rowNumber)
        {
            current.sumRows.insert(rowNumber)
        }
        let shown = paragraphs.joined(separator: "\n")
        if cell.formula != nil, Self.isErrorResult(shown) {
            failure = .badCell(path: path, cell: SheetLimit.cellName(row: rowNumber, column: row.count + pendingEmpty + 1),
                               problem: .formulaError(String(shown.prefix(24))))
            return
        }
        if cellStruck, !shown.isBlank { current.struckRows.insert(rowNumber) }
        var text = cell.value ?? shown
        if let value = cell.value, ["float", "currency", "percentage"].contains(cell.valueType ?? "") {
            // As Calc shows it: a number formatted with leading zeros (CCCD 066089001234) keeps them,
            // and a cached result is taken to its 15 significant digits, not its binary noise.
            let isZeroPadded = shown.utf8.count > 1 && shown.utf8.first == UInt8(ascii: "0")
                && shown.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && Double(shown) == Double(value)
            text = isZeroPadded ? shown : NumberDisplay.general.shown(value)
        }
        if text.isEmpty {
            pendingEmpty += cell.repeat
            return
        }
        cellCount += pendingEmpty + cell.repeat
        if cellCount > SheetTable.maxCells {
            failure = .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
            return
        }
        row += Array(repeating: "", count: pendingEmpty)
        row += Array(repeating: text, count: cell.repeat)
        pendingEmpty = 0
    }

    private func endRow() {
        let times = row.isEmpty ? 1 : rowRepeat
        if let visibility = rowVisibility, visibility != "visible", !row.isEmpty {
            for number in rowNumber..<(rowNumber + times) {
                if visibility == "filter" { current.filteredRows.insert(number) } else { current.hiddenRows.insert(number) }
            }
        }
        cellCount += row.count * (times - 1)
        if cellCount > SheetTable.maxCells {
            failure = .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
            return
        }
        rows += Array(repeating: row, count: times)
    }

    /// What Calc shows for a formula that failed: `#N/A`, `#REF!`, `#DIV/0!`, `Err:502`.
    static func isErrorResult(_ text: String) -> Bool {
        if text.hasPrefix("Err:"), text.count == 7, text.dropFirst(4).allSatisfy(\.isNumber) { return true }
        guard text.hasPrefix("#"), text.count <= 8 else { return false }
        return ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"].contains(text)
    }

    /// A repeat attribute: 1 when absent, at most ``ODSSheet/maxRepeat``; below 1 or not a number
    /// is an error.
    private func repeatCount(_ text: String?, cell: String) throws(DataError) -> Int {
        guard let text else { return 1 }
        guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count >= 1 else {
            throw .badCell(path: path, cell: cell, problem: .badRepeat(String(text.prefix(24))))
        }
        return min(count, ODSSheet.maxRepeat)
    }

    /// A typed cell's value: the date of a date cell, the number of a number cell, the boolean;
    /// `nil` for text (its paragraphs are the value).
    static func typedValue(_ attributes: XMLAttributes) -> String? {
        switch attributes["value-type", namespace: Namespace.office] {
        case "date": return attributes["date-value", namespace: Namespace.office].map { String($0.prefix(10)) }
        case "float", "currency", "percentage": return attributes["value", namespace: Namespace.office]
        case "boolean": return attributes["boolean-value", namespace: Namespace.office]
        default: return nil
        }
    }
}
