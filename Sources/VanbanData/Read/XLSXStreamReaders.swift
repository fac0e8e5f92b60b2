import Foundation
import VanbanODF
import VanbanRules

/// Reads the rows of an `.xlsx` worksheet as libxml2 streams it: a cell's value is made when
/// its `c` element closes, so memory follows the cells kept, not the XML.
final class XLSXCellReader: XMLStreamHandler {
    let path: String
    let strings: [String]
    /// How each cell format shows a number.
    let formats: [NumberDisplay]
    /// The workbook counts days from 1904 (serial 0 is 1904-01-01).
    let date1904: Bool
    /// The sheet as read: its cells, hidden rows and columns, merged areas, SUM rows.
    private(set) var content = SheetContent(name: "")
    var rows: [[String]] { content.cells }
    private(set) var failure: DataError?
    /// The area of the sheet's AutoFilter, whose hidden rows are filtered out, not hidden by hand.
    private var filterArea: MergedArea?
    var stopped: Bool { failure != nil }

    private var inSheetData = false
    private var row: [String]?
    private var rowNumber = 0
    private var cell: RawCell?
    private var cellCount = 0
    /// Element names below the current cell (`v`, `is`, `r`, `t`, `rPh`…).
    private var path_: [String] = []
    private var text: [UInt8] = []

    /// A cell as written: its attributes, whether it has a formula, its cached and inline text.
    struct RawCell {
        var reference: String?
        var type: String?
        var style: String?
        var hasFormula = false
        var cached: String?
        var inline: String?
        var formula: String?
        /// A run of its inline text is struck through.
        var struck = false
    }

    /// Cell formats whose font is struck through.
    let struck: Set<Int>
    /// Shared strings with a run struck through.
    let struckStrings: Set<Int>

    init(path: String, strings: [String], formats: [NumberDisplay], date1904: Bool = false, struck: Set<Int> = [],
         struckStrings: Set<Int> = []) {
        self.path = path
        self.strings = strings
        self.formats = formats
        self.date1904 = date1904
        self.struck = struck
        self.struckStrings = struckStrings
    }

    func start(_ name: String, namespace: String?, attributes: XMLAttributes) {
        guard namespace == XLSXSheet.main else { return }
        if cell != nil {
            path_.append(name)
            if name == "f" { cell?.hasFormula = true }
            if name == "strike", path_ == ["is", "r", "rPr", "strike"], !["0", "false"].contains(attributes["val"] ?? "1") {
                cell?.struck = true
            }
            text = []
            return
        }
        switch name {
        case "sheetData": inSheetData = true
        case "col" where !inSheetData:
            // `<col min="3" max="3" hidden="1"/>`: 1-based, inclusive.
            if Self.isTrue(attributes["hidden"]) || attributes["width"].flatMap(Double.init) == 0,
                let low = attributes["min"].flatMap({ Int($0) }),
                let high = attributes["max"].flatMap({ Int($0) }), low >= 1, low <= high
            {
                for column in low...min(high, low + 255) { content.hiddenColumns.insert(column - 1) }
            }
        case "mergeCell":
            if let area = attributes["ref"].flatMap(MergedArea.init(reference:)) { content.merges.append(area) }
        case "autoFilter":
            filterArea = attributes["ref"].flatMap(MergedArea.init(reference:))
        case "row" where inSheetData:
            if let written = attributes["r"] {
                guard let number = Int(written), (1...1_048_576).contains(number) else {
                    let shown = String(written.prefix(24))
                    failure = .badCell(path: path, cell: "A\(shown)", problem: .badReference(shown))
                    return
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            // Hidden, or squeezed to no height: either way the clerk does not see the row.
            if Self.isTrue(attributes["hidden"]) || attributes["ht"].flatMap(Double.init) == 0 {
                content.hiddenRows.insert(rowNumber)
            }
            row = []
        case "c" where row != nil:
            cell = RawCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"])
            path_ = []
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard cell != nil, let last = path_.last, last == "v" || last == "t" || last == "f" else { return }
        text.append(contentsOf: bytes)
    }

    func end(_ name: String, namespace: String?) {
        guard namespace == XLSXSheet.main else { return }
        if cell != nil, name != "c" || !path_.isEmpty {
            let value = String(decoding: text, as: UTF8.self)
            if name == "v", path_ == ["v"] { cell?.cached = value }
            if name == "f", path_ == ["f"] { cell?.formula = value }
            // Inline text: `is/t` or `is/r/t`; phonetic runs (`rPh`) are not the text.
            if name == "t", path_.first == "is", !path_.contains("rPh") {
                let before = cell?.inline ?? ""
                cell?.inline = before + value
            }
            path_.removeLast()
            text = []
            return
        }
        switch name {
        case "c":
            if let raw = cell { place(raw) }
            cell = nil
        case "row":
            // Rows Excel leaves out (blank ones) still count: each row stands at its number.
            while content.cells.count < rowNumber - 1 { content.cells.append([]) }
            if let row { content.cells.append(row) }
            row = nil
        case "sheetData": inSheetData = false
        case "worksheet":
            // Rows hidden inside the AutoFilter's area, under its header, are the filter's.
            if let area = filterArea {
                let filtered = content.hiddenRows.filter { $0 > area.top && $0 <= area.bottom }
                content.filteredRows = filtered
                content.hiddenRows.subtract(filtered)
            }
        default: break
        }
    }

    private func place(_ raw: RawCell) {
        guard var cells = row else { return }
        let column: Int
        if let reference = raw.reference {
            guard let index = XLSXSheet.columnIndex(reference) else {
                let shown = String(reference.prefix(24))
                failure = .badCell(path: path, cell: shown, problem: .badReference(shown))
                return
            }
            column = index
        } else {
            column = cells.count
        }
        let name = SheetLimit.cellName(row: rowNumber, column: column + 1)
        if let formula = raw.formula, Self.sumsAbove(formula, row: rowNumber) { content.sumRows.insert(rowNumber) }
        let text: String
        do {
            text = try value(of: raw, name: name)
        } catch {
            failure = error
            return
        }
        // An empty cell (often only styled) adds nothing; the row is padded when read.
        guard !text.isEmpty, column >= cells.count else { return }
        if !struck.isEmpty, let style = raw.style.flatMap({ Int($0) }), struck.contains(style), !text.isBlank {
            content.struckRows.insert(rowNumber)
        }
        if !struckStrings.isEmpty, raw.type == "s", let index = Int(raw.cached ?? ""), struckStrings.contains(index) {
            content.struckRows.insert(rowNumber)
        }
        if raw.struck, !text.isBlank { content.struckRows.insert(rowNumber) }
        cellCount += column - cells.count + 1
        if cellCount > SheetTable.maxCells {
            failure = .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
            return
        }
        while cells.count < column { cells.append("") }
        cells.append(text)
        row = cells
    }

    private func value(of cell: RawCell, name: String) throws(DataError) -> String {
        // No saved result (a file written by a program that does not compute formulas): `<v/>` or none.
        if cell.hasFormula, cell.cached == nil || (cell.cached?.isEmpty == true && cell.type != "str") {
            throw .badCell(path: path, cell: name, problem: .formulaWithoutValue)
        }
        let raw = cell.cached ?? ""
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                throw .badCell(path: path, cell: name, problem: .missingSharedString(index: String(raw.prefix(24))))
            }
            return strings[index]
        case "inlineStr":
            return cell.inline ?? ""
        case "b":
            return raw == "1" ? "true" : "false"
        case "e":
            // `#N/A`, `#REF!`, `#DIV/0!`: a formula that failed prints nothing a clerk meant.
            throw .badCell(path: path, cell: name, problem: .formulaError(String(raw.prefix(24))))
        case "str":
            return raw
        default:
            let display = cell.style.flatMap({ Int($0) }).flatMap { formats.indices.contains($0) ? formats[$0] : nil } ?? .general
            if display == .date, !raw.isEmpty {
                // Serial 1 is 1900-01-01 (in the 1904 system, 1904-01-02); 2,958,465 is 9999-12-31.
                let offset = date1904 ? 1462 : 0
                guard let serial = Double(raw), serial.isFinite, serial + Double(offset) >= 1,
                    serial + Double(offset) < 2_958_466,
                    let date = try? DocumentDate(spreadsheetSerial: Int(serial) + offset)
                else { throw .badCell(path: path, cell: name, problem: .badDate(String(raw.prefix(24)))) }
                return date.iso
            }
            return display.shown(raw)
        }
    }

    /// `1`, `true`: an OOXML boolean attribute that is set.
    private static func isTrue(_ value: String?) -> Bool { value == "1" || value == "true" }

    /// A range of cells in a formula (`G4:G9`, `$G$4:$G$9`), its two row numbers captured.
    static let rangePattern = try? NSRegularExpression(pattern: #"\$?[A-Z]{1,3}\$?([0-9]+):\$?[A-Z]{1,3}\$?([0-9]+)"#)

    /// A formula that totals cells of the rows above `row`: `SUM(G4:G9)` or `SUBTOTAL(9,G4:G9)` in
    /// row 10, not `SUM(D4:F4)` across its own row.
    static func sumsAbove(_ formula: String, row: Int) -> Bool {
        let upper = formula.uppercased()
        guard upper.contains("SUM(") || upper.contains("SUBTOTAL(") else { return false }
        guard let expression = rangePattern else { return false }
        let range = NSRange(upper.startIndex..., in: upper)
        return expression.matches(in: upper, range: range).contains { match in
            guard let first = Range(match.range(at: 1), in: upper).flatMap({ Int(upper[$0]) }),
                let last = Range(match.range(at: 2), in: upper).flatMap({ Int(upper[$0]) })
            else { return false }
            return first != last && max(first, last) < row
        }
    }
}

/// Reads `xl/sharedStrings.xml` as libxml2 streams it: each `si`'s text (`t`, or the `t` of its
/// runs), the total bounded by ``SheetTable/maxSharedTextBytes``.
final class XLSXSharedStringReader: XMLStreamHandler {
    let path: String
    private(set) var strings: [String] = []
    /// Indexes of strings with a run struck through (`<r><rPr><strike/>`): part of the text crossed out.
    private(set) var struck: Set<Int> = []
    private(set) var failure: DataError?
    var stopped: Bool { failure != nil }
    private var bytes = 0
    /// Element names below the current `si`.
    private var path_: [String]?
    private var current: [UInt8] = []
    private var collecting = false

    init(path: String) {
        self.path = path
    }

    func start(_ name: String, namespace: String?, attributes: XMLAttributes) {
        guard namespace == XLSXSheet.main else { return }
        if name == "si", path_ == nil {
            path_ = []
            current = []
            return
        }
        path_?.append(name)
        collecting = name == "t" && (path_ == ["t"] || path_ == ["r", "t"])
        if name == "strike", path_ == ["r", "rPr", "strike"], !["0", "false"].contains(attributes["val"] ?? "1") {
            struck.insert(strings.count)
        }
    }

    func text(_ text: UnsafeBufferPointer<UInt8>) {
        guard collecting else { return }
        current.append(contentsOf: text)
        if bytes + current.count > SheetTable.maxSharedTextBytes {
            failure = .sheetTooLarge(path: path, limit: .sharedText(max: SheetTable.maxSharedTextBytes),
                                     value: bytes + current.count)
        }
    }

    func end(_ name: String, namespace: String?) {
        guard namespace == XLSXSheet.main, var inside = path_ else { return }
        if inside.isEmpty {
            // `si` closes.
            bytes += current.count + 16
            if bytes > SheetTable.maxSharedTextBytes {
                failure = .sheetTooLarge(path: path, limit: .sharedText(max: SheetTable.maxSharedTextBytes), value: bytes)
                return
            }
            strings.append(String(decoding: current, as: UTF8.self))
            path_ = nil
            return
        }
        inside.removeLast()
        path_ = inside
        collecting = false
    }
}
