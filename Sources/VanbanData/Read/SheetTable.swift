import Foundation
import VanbanODF

/// One sheet of a spreadsheet (`.xlsx` from Excel, `.ods` from LibreOffice Calc) as text
/// cells: the first non-empty row is the header, then one row per record; empty rows are
/// skipped. Dates typed as dates come as `2024-12-04`, numbers as written by the cell's value.
package struct SheetTable {
    package var headers: [String]
    package var rows: [[String]]

    /// What a spreadsheet may hold: 64 MB files, XML parts of 64 MB once unzipped when read as
    /// a stream (an `.xlsx` sheet and shared strings), 24 MB when read as a tree (its parsed tree is
    /// ten to twenty times larger), 2 million cells, 32 MB of shared text.
    static let limits = ReadLimits(maxFileBytes: 64 << 20, maxPartBytes: 64 << 20, maxEntries: 10_000,
                                   maxCompressionRatio: 100)
    static let maxTreePartBytes = 24 << 20
    /// The longest text of one cell (Excel's own limit is 32,767 characters).
    static let maxCellBytes = 1 << 20
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
        let sheets = isODS
            ? try ODSSheet(archive: archive, path: path).sheets(named: sheet)
            : try XLSXSheet(archive: archive, path: path).sheets(named: sheet)
        let cells = (sheets.first { !$0.isHidden } ?? sheets.first)?.cells ?? []
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
        guard let data = try part(archive, name, path: path) else { return nil }
        if data.count > maxTreePartBytes {
            throw .package(.tooLarge(path: "\(path)/\(name)", bytes: data.count, limit: maxTreePartBytes))
        }
        do {
            return try Document(xmlPart: data, path: "\(path)/\(name)")
        } catch {
            throw .package(error)
        }
    }

    /// The bytes of an entry (checked: size, ratio, CRC), or `nil` when absent.
    static func part(_ archive: ZipReader, _ name: String, path: String) throws(DataError) -> Data? {
        guard let entry = archive[name] else { return nil }
        do {
            return try archive.contents(of: entry)
        } catch {
            throw .package(error.odfError(path: path))
        }
    }

    /// Streams an XML part to a reader; the reader's own failure (a bad cell, a limit) wins.
    static func stream(_ data: Data, part name: String, path: String,
                       to reader: some XMLStreamHandler & SheetStreamReader) throws(DataError) {
        do {
            try XMLParsing.stream(data, path: "\(path)/\(name)", to: reader)
        } catch {
            throw reader.failure ?? .package(error)
        }
        if let failure = reader.failure { throw failure }
    }
}

/// A stream reader that may stop on a failure of its own.
protocol SheetStreamReader {
    var failure: DataError? { get }
}

extension XLSXCellReader: SheetStreamReader {}
extension XLSXSharedStringReader: SheetStreamReader {}
