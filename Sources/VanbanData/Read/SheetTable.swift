import Foundation
import VanbanODF
import ZIPFoundation

/// One sheet of a spreadsheet (`.xlsx` from Excel, `.ods` from LibreOffice Calc) as text
/// cells: the first non-empty row is the header, then one row per record; empty rows are
/// skipped. Dates typed as dates come as `2024-12-04`, numbers as written by the cell's value.
struct SheetTable {
    var headers: [String]
    var rows: [[String]]

    /// Reads the sheet named `sheet`, or the first one.
    static func read(_ url: URL, sheet: String?) throws(DataError) -> SheetTable {
        let path = url.relativePath
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: path) }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadable(path: path, reason: "không phải tệp bảng tính (zip) hợp lệ")
        }
        let cells: [[String]]
        switch url.pathExtension.lowercased() {
        case "ods": cells = try ODSSheet(archive: archive, path: path).cells(sheet: sheet)
        default: cells = try XLSXSheet(archive: archive, path: path).cells(sheet: sheet)
        }
        let nonEmpty = cells.filter { row in row.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = nonEmpty.first else {
            throw .syntax(path: path, line: 1, column: 1, problem: "trang tính trống, không có dòng tiêu đề")
        }
        let width = header.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0 + 1 } ?? 0
        let rows = nonEmpty.dropFirst().map { row in
            Array((row + Array(repeating: "", count: max(0, width - row.count))).prefix(width))
        }
        return SheetTable(headers: Array(header.prefix(width)), rows: rows)
    }

    /// An entry of the package as parsed XML (libxml2, hardened), or `nil` when absent.
    static func xml(_ archive: Archive, _ name: String, path: String) throws(DataError) -> Document? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw .unreadable(path: path, reason: "phần \(name) hỏng")
        }
        do {
            return try Document(xmlPart: data, path: "\(path)/\(name)")
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
    }
}
