import Foundation
import VanbanODF

/// The sheets of a spreadsheet (`.xlsx`, `.ods`) a list may be on, each as the clerk sees it
/// (``SheetContent``): the one named, or every one the workbook shows. Read with the hardened
/// zip reader and the sheets' limits (``SheetTable``).
enum SheetRows {
    /// The sheet named `sheet`, or every sheet (hidden ones marked).
    static func read(_ url: URL, sheet: String?) throws(DataError) -> [SheetContent] {
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
        switch url.pathExtension.lowercased() {
        case "ods": return try ODSSheet(archive: archive, path: path).sheets(named: sheet)
        default: return try XLSXSheet(archive: archive, path: path).sheets(named: sheet)
        }
    }
}
