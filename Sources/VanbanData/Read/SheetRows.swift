import Foundation
import VanbanODF

/// Every row of one sheet of a spreadsheet (`.xlsx`, `.ods`), blank ones too, numbered as
/// the spreadsheet numbers them, for the list's shape to be found in (``HeaderDetection``).
/// Read with the hardened zip reader and the sheets' limits (``SheetTable``).
enum SheetRows {
    /// The rows of the sheet named `sheet`, or of the first one.
    static func read(_ url: URL, sheet: String?) throws(DataError) -> [TableRow] {
        let path = url.relativePath
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: path) }
        let data: Data
        let archive: ZipReader
        do {
            data = try Document.readFile(url, limit: SheetTable.limits.maxFileBytes)
        } catch {
            throw .package(error)
        }
        do {
            archive = try ZipReader(data: data, limits: SheetTable.limits)
        } catch {
            throw .package(error.odfError(path: path))
        }
        let cells: [[String]]
        switch url.pathExtension.lowercased() {
        case "ods": cells = try ODSSheet(archive: archive, path: path).cells(sheet: sheet)
        default: cells = try XLSXSheet(archive: archive, path: path).cells(sheet: sheet)
        }
        return cells.enumerated().map { TableRow(row: $0.offset + 1, cells: $0.element) }
    }
}
