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

    func cells(sheet: String?) throws(DataError) -> [[String]] {
        guard let content = try SheetTable.part(archive, "content.xml", path: path) else {
            throw .unreadable(path: path, reason: "không có trang tính")
        }
        let reader = ODSRowReader(path: path, sheet: sheet)
        try SheetTable.stream(content, part: "content.xml", path: path, to: reader)
        guard reader.sawSpreadsheet else { throw .unreadable(path: path, reason: "không có trang tính") }
        guard reader.foundSheet else {
            throw .unsupported(path: path, line: 1, column: 1,
                               what: "trang tính \"\(sheet ?? "")\"; các trang có: \(reader.names.joined(separator: ", "))")
        }
        return reader.rows
    }
}

/// Reads the rows of one `table:table` of `content.xml` as libxml2 streams it.
final class ODSRowReader: XMLStreamHandler, SheetStreamReader {
    let path: String
    /// The sheet asked for, or `nil` for the first.
    let sheet: String?
    private(set) var rows: [[String]] = []
    private(set) var names: [String] = []
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
    private var row: [String] = []
    private var pendingEmpty = 0
    private var cellDepth: Int?
    private var cell: (valueType: String?, value: String?, repeat: Int)?
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
            return
        }
        if tableDepth == nil {
            guard namespace == Namespace.table, name == "table", depth == (spreadsheetDepth ?? 0) + 1 else { return }
            let tableName = attributes["name", namespace: Namespace.table]
            if let tableName { names.append(tableName) }
            if !foundSheet, sheet == nil || tableName == sheet {
                foundSheet = true
                tableDepth = depth
            }
            return
        }
        if rowDepth == nil {
            guard namespace == Namespace.table, name == "table-row" else { return }
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
                cell = (attributes["value-type", namespace: Namespace.office], Self.typedValue(attributes), repeated)
            } catch {
                failure = error
                return
            }
            cellDepth = depth
            paragraphs = []
            return
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
            tableDepth = -1  // the chosen table is read; later ones only give their names
        }
    }

    private func endCell() {
        guard let cell else { return }
        let text = cell.value ?? paragraphs.joined(separator: "\n")
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
        cellCount += row.count * (times - 1)
        if cellCount > SheetTable.maxCells {
            failure = .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
            return
        }
        rows += Array(repeating: row, count: times)
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
