import CLibXML2
import Foundation
import VanbanODF

/// A sheet of an OpenDocument spreadsheet (`.ods`): `table:table` rows and cells, with their
/// repetitions; typed cells read from their value attributes.
struct ODSSheet {
    let archive: ZipReader
    let path: String

    /// LibreOffice repeats empty cells and rows by the thousand at the end of a sheet.
    private static let maxRepeat = 1000

    func cells(sheet: String?) throws(DataError) -> [[String]] {
        guard let content = try SheetTable.xml(archive, "content.xml", path: path),
            let spreadsheet = content.root.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "spreadsheet")
        else { throw .unreadable(path: path, reason: "không có trang tính") }
        let tables = spreadsheet.childElements.filter { $0.isElement(Namespace.table, "table") }
        let names = tables.compactMap { $0.attribute(Namespace.table, "name") }
        let chosen = sheet.map { name in tables.first { $0.attribute(Namespace.table, "name") == name } } ?? tables.first
        guard let found = chosen else {
            throw .unsupported(path: path, line: 1, column: 1,
                               what: "trang tính \"\(sheet ?? "")\"; các trang có: \(names.joined(separator: ", "))")
        }
        var rows: [[String]] = []
        var cellCount = 0
        var failure: DataError?
        TreeWalk.elements(below: found) { element in
            guard failure == nil, element.isElement(Namespace.table, "table-row") else { return }
            do {
                let row = try self.row(element, number: rows.count + 1, cellCount: &cellCount)
                let repeated = try Self.repeatCount(element, "number-rows-repeated", path: path,
                                                    cell: SheetLimit.cellName(row: rows.count + 1, column: 1))
                let times = row.isEmpty ? 1 : repeated
                cellCount += row.count * (times - 1)
                if cellCount > SheetTable.maxCells {
                    throw DataError.sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
                }
                rows += Array(repeating: row, count: times)
            } catch let error as DataError {
                failure = error
            } catch {
                failure = .unreadable(path: path, reason: "\(error)")
            }
        }
        if let failure { throw failure }
        return rows
    }

    /// The cells of one `table:row`, repeated cells expanded, the empty ones at its end dropped.
    private func row(_ element: XMLNodePointer, number: Int, cellCount: inout Int) throws(DataError) -> [String] {
        var row: [String] = []
        var pendingEmpty = 0
        for cell in element.childElements where cell.isElement(Namespace.table, "table-cell")
            || cell.isElement(Namespace.table, "covered-table-cell")
        {
            let name = SheetLimit.cellName(row: number, column: row.count + pendingEmpty + 1)
            let repeated = try Self.repeatCount(cell, "number-columns-repeated", path: path, cell: name)
            let text = Self.text(of: cell)
            if text.isEmpty {
                pendingEmpty += repeated
                continue
            }
            cellCount += pendingEmpty + repeated
            if cellCount > SheetTable.maxCells {
                throw .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
            }
            row += Array(repeating: "", count: pendingEmpty)
            row += Array(repeating: text, count: repeated)
            pendingEmpty = 0
        }
        return row
    }

    /// A repeat attribute: 1 when absent, at most ``maxRepeat``; below 1 or not a number is an error.
    private static func repeatCount(_ element: XMLNodePointer, _ attribute: String, path: String,
                                    cell: String) throws(DataError) -> Int {
        guard let text = element.attribute(Namespace.table, attribute) else { return 1 }
        guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count >= 1 else {
            throw .badCell(path: path, cell: cell, problem: .badRepeat(String(text.prefix(24))))
        }
        return min(count, maxRepeat)
    }

    /// A cell's value: the date of a date cell, the number of a number cell, else its text
    /// (paragraphs joined by line breaks).
    static func text(of cell: XMLNodePointer) -> String {
        switch cell.attribute(Namespace.office, "value-type") {
        case "date":
            if let date = cell.attribute(Namespace.office, "date-value") { return String(date.prefix(10)) }
        case "float", "currency", "percentage":
            if let value = cell.attribute(Namespace.office, "value") { return value }
        case "boolean":
            if let value = cell.attribute(Namespace.office, "boolean-value") { return value }
        default:
            break
        }
        return cell.childElements.filter { $0.isElement(Namespace.text, "p") }.map(\.content).joined(separator: "\n")
    }
}
