import CLibXML2
import Foundation
import VanbanODF
import VanbanRules

/// A sheet of an Office Open XML workbook (`.xlsx`): the workbook's sheet list and
/// relationships, the shared strings, and the cell styles that mark dates.
struct XLSXSheet {
    let archive: ZipReader
    let path: String

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    func cells(sheet: String?) throws(DataError) -> [[String]] {
        guard let workbook = try SheetTable.xml(archive, "xl/workbook.xml", path: path) else {
            throw .unreadable(path: path, reason: "không có xl/workbook.xml")
        }
        let sheets = workbook.root.firstChild(Self.main, "sheets")?.childElements ?? []
        let names = sheets.compactMap { $0.plainAttribute("name") }
        let chosen = sheet.map { name in sheets.first { $0.plainAttribute("name") == name } } ?? sheets.first
        guard let entry = chosen, let id = entry.attribute(Self.relationships, "id") else {
            throw .unsupported(path: path, line: 1, column: 1,
                               what: "trang tính \"\(sheet ?? "")\"; các trang có: \(names.joined(separator: ", "))")
        }
        guard let rels = try SheetTable.xml(archive, "xl/_rels/workbook.xml.rels", path: path),
            let target = rels.root.childElements.first(where: { $0.plainAttribute("Id") == id })?.plainAttribute("Target")
        else { throw .unreadable(path: path, reason: "không tìm thấy trang tính \(id)") }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let worksheet = try SheetTable.xml(archive, sheetPath, path: path) else {
            throw .unreadable(path: path, reason: "thiếu \(sheetPath)")
        }
        let strings = try sharedStrings()
        let dateStyles = try dateStyleIndexes()
        var rows: [[String]] = []
        guard let data = worksheet.root.firstChild(Self.main, "sheetData") else { return [] }
        var cellCount = 0
        for row in data.childElements where row.isElement(Self.main, "row") {
            let rowNumber = row.plainAttribute("r").flatMap(Int.init) ?? rows.count + 1
            var cells: [String] = []
            for cell in row.childElements where cell.isElement(Self.main, "c") {
                let column: Int
                if let reference = cell.plainAttribute("r") {
                    guard let index = Self.columnIndex(reference) else {
                        throw .badCell(path: path, cell: String(reference.prefix(24)), problem: .badReference(String(reference.prefix(24))))
                    }
                    column = index
                } else {
                    column = cells.count
                }
                let name = SheetLimit.cellName(row: rowNumber, column: column + 1)
                let text = try value(of: cell, name: name, strings: strings, dateStyles: dateStyles)
                // An empty cell (often only styled) adds nothing; the row is padded when read.
                guard !text.isEmpty, column >= cells.count else { continue }
                cellCount += column - cells.count + 1
                if cellCount > SheetTable.maxCells {
                    throw .sheetTooLarge(path: path, limit: .cells(max: SheetTable.maxCells), value: cellCount)
                }
                while cells.count < column { cells.append("") }
                cells.append(text)
            }
            rows.append(cells)
        }
        return rows
    }

    private func value(of cell: XMLNodePointer, name: String, strings: [String],
                       dateStyles: Set<Int>) throws(DataError) -> String {
        let cached = cell.firstChild(Self.main, "v")?.content
        if cached == nil, cell.firstChild(Self.main, "f") != nil {
            throw .badCell(path: path, cell: name, problem: .formulaWithoutValue)
        }
        let raw = cached ?? ""
        switch cell.plainAttribute("t") {
        case "s":
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
                throw .badCell(path: path, cell: name, problem: .missingSharedString(index: String(raw.prefix(24))))
            }
            return strings[index]
        case "inlineStr":
            return cell.firstChild(Self.main, "is").map(Self.richText) ?? ""
        case "b":
            return raw == "1" ? "true" : "false"
        case "str", "e":
            return raw
        default:
            if let style = cell.plainAttribute("s").flatMap(Int.init), dateStyles.contains(style), !raw.isEmpty {
                // Serial 1 is 1900-01-01; 2,958,465 is 9999-12-31.
                guard let serial = Double(raw), serial.isFinite, serial >= 1, serial < 2_958_466,
                    let date = try? DocumentDate(spreadsheetSerial: Int(serial))
                else { throw .badCell(path: path, cell: name, problem: .badDate(String(raw.prefix(24)))) }
                return date.iso
            }
            return raw
        }
    }

    private func sharedStrings() throws(DataError) -> [String] {
        guard let shared = try SheetTable.xml(archive, "xl/sharedStrings.xml", path: path) else { return [] }
        var strings: [String] = []
        var bytes = 0
        for item in shared.root.childElements where item.isElement(Self.main, "si") {
            let text = Self.richText(item)
            bytes += text.utf8.count + 16
            if bytes > SheetTable.maxSharedTextBytes {
                throw .sheetTooLarge(path: path, limit: .sharedText(max: SheetTable.maxSharedTextBytes), value: bytes)
            }
            strings.append(text)
        }
        return strings
    }

    /// The text of an `si` or `is` element: its `t`, or the `t` of each run.
    static func richText(_ node: XMLNodePointer) -> String {
        if let text = node.firstChild(main, "t") { return text.content }
        return node.childElements.filter { $0.isElement(main, "r") }.compactMap { $0.firstChild(main, "t")?.content }.joined()
    }

    /// The cell formats (`cellXfs` indexes) that show dates: built-in 14–22, 45–47, or a
    /// custom format with day, month or year letters.
    private func dateStyleIndexes() throws(DataError) -> Set<Int> {
        guard let styles = try SheetTable.xml(archive, "xl/styles.xml", path: path) else { return [] }
        var custom: [Int: String] = [:]
        for format in styles.root.firstChild(Self.main, "numFmts")?.childElements ?? [] {
            if let id = format.plainAttribute("numFmtId").flatMap(Int.init), let code = format.plainAttribute("formatCode") {
                custom[id] = code
            }
        }
        var result: Set<Int> = []
        for (index, xf) in (styles.root.firstChild(Self.main, "cellXfs")?.childElements ?? []).enumerated() {
            guard let id = xf.plainAttribute("numFmtId").flatMap(Int.init) else { continue }
            if (14...22).contains(id) || (45...47).contains(id) { result.insert(index); continue }
            if let code = custom[id] {
                let letters = code.replacingOccurrences(of: "\\[[^\\]]*\\]|\"[^\"]*\"", with: "", options: .regularExpression).lowercased()
                if letters.contains("d") || letters.contains("y") || (letters.contains("m") && !letters.contains("h")) {
                    result.insert(index)
                }
            }
        }
        return result
    }

    /// `B2` → 1; `nil` without letters or past column XFD (16,384).
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 || index > 16_384 ? nil : index - 1
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// An attribute without a namespace (`r`, `t`, `name` in OOXML).
    func plainAttribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(self, name) else { return nil }
        defer { vanban_xmlFree(value) }
        return String(cString: value)
    }
}
