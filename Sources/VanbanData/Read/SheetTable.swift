import Foundation
import VanbanODF

/// One sheet of a spreadsheet (`.xlsx` from Excel, `.ods` from LibreOffice Calc) as text
/// cells: the first non-empty row is the header, then one row per record; empty rows are
/// skipped. Dates typed as dates come as `2024-12-04`, numbers as written by the cell's value.
package struct SheetTable {
    package var headers: [String]
    package var rows: [[String]]

    /// What a spreadsheet may hold: 64 MB files, XML parts of 48 MB once unzipped (their
    /// parsed tree is several times larger), 2 million cells, 32 MB of shared text.
    static let limits = ReadLimits(maxFileBytes: 64 << 20, maxPartBytes: 48 << 20, maxEntries: 10_000,
                                   maxCompressionRatio: 100)
    static let maxCells = 2_000_000
    static let maxSharedTextBytes = 32 << 20

    /// Reads the sheet named `sheet`, or the first one.
    static func read(_ url: URL, sheet: String?) throws(DataError) -> SheetTable {
        let path = url.relativePath
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: path) }
        let data: Data
        do {
            data = try Document.readFile(url, limit: limits.maxFileBytes)
        } catch {
            throw .package(error)
        }
        return try read(data, path: path, isODS: url.pathExtension.lowercased() == "ods", sheet: sheet)
    }

    /// Reads a spreadsheet from bytes; `path` names it in messages.
    package static func read(_ data: Data, path: String, isODS: Bool, sheet: String?) throws(DataError) -> SheetTable {
        let archive: ZipReader
        do {
            archive = try ZipReader(data: data, limits: limits)
        } catch {
            throw .package(error.odfError(path: path))
        }
        let cells = isODS
            ? try ODSSheet(archive: archive, path: path).cells(sheet: sheet)
            : try XLSXSheet(archive: archive, path: path).cells(sheet: sheet)
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
    static func xml(_ archive: ZipReader, _ name: String, path: String) throws(DataError) -> Document? {
        guard let entry = archive[name] else { return nil }
        do {
            let data = try archive.contents(of: entry)
            return try Document(xmlPart: data, path: "\(path)/\(name)")
        } catch let failure as ZipReader.Failure {
            throw .package(failure.odfError(path: path))
        } catch let error as ODFError {
            throw .package(error)
        } catch {
            throw .unreadable(path: path, reason: "phần \(name) hỏng")
        }
    }
}
