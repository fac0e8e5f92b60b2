import Foundation
import ZIPFoundation

/// Every row of one sheet of a spreadsheet (`.xlsx`, `.ods`), blank ones too, numbered as
/// the spreadsheet numbers them, for the list's shape to be found in (``HeaderDetection``).
enum SheetRows {
    /// The rows of the sheet named `sheet`, or of the first one.
    static func read(_ url: URL, sheet: String?) throws(DataError) -> [TableRow] {
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
        return cells.enumerated().map { TableRow(row: $0.offset + 1, cells: $0.element) }
    }
}
