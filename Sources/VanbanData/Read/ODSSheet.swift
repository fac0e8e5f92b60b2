import CLibXML2
import Foundation
import VanbanODF
import ZIPFoundation

/// A sheet of an OpenDocument spreadsheet (`.ods`): `table:table` rows and cells, with their
/// repetitions; typed cells read from their value attributes.
struct ODSSheet {
    let archive: Archive
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
        TreeWalk.elements(below: found) { element in
            guard element.isElement(Namespace.table, "table-row") else { return }
            var row: [String] = []
            for cell in element.childElements where cell.isElement(Namespace.table, "table-cell")
                || cell.isElement(Namespace.table, "covered-table-cell")
            {
                let repeated = min(Self.maxRepeat, cell.attribute(Namespace.table, "number-columns-repeated").flatMap(Int.init) ?? 1)
                let text = Self.text(of: cell)
                row += Array(repeating: text, count: repeated)
            }
            while row.last?.isEmpty == true { row.removeLast() }
            let repeated = min(Self.maxRepeat, element.attribute(Namespace.table, "number-rows-repeated").flatMap(Int.init) ?? 1)
            rows += Array(repeating: row, count: row.isEmpty ? 1 : repeated)
        }
        return rows
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
