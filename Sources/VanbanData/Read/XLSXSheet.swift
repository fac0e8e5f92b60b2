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
        let sheets = workbook.rootNode?.firstChild(Self.main, "sheets")?.childElements ?? []
        let names = sheets.compactMap { $0.plainAttribute("name") }
        let chosen = sheet.map { name in sheets.first { $0.plainAttribute("name") == name } } ?? sheets.first
        guard let entry = chosen, let id = entry.attribute(Self.relationships, "id") else {
            throw .unsupported(path: path, line: 1, column: 1,
                               what: "trang tính \"\(sheet ?? "")\"; các trang có: \(names.joined(separator: ", "))")
        }
        guard let rels = try SheetTable.xml(archive, "xl/_rels/workbook.xml.rels", path: path),
            let target = rels.rootNode?.childElements.first(where: { $0.plainAttribute("Id") == id })?.plainAttribute("Target")
        else { throw .unreadable(path: path, reason: "không tìm thấy trang tính \(id)") }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let worksheet = try SheetTable.part(archive, sheetPath, path: path) else {
            throw .unreadable(path: path, reason: "thiếu \(sheetPath)")
        }
        let reader = XLSXCellReader(path: path, strings: try sharedStrings(), dateStyles: try dateStyleIndexes())
        try SheetTable.stream(worksheet, part: sheetPath, path: path, to: reader)
        return reader.rows
    }

    /// The workbook's shared strings, read as a stream, their total size bounded.
    private func sharedStrings() throws(DataError) -> [String] {
        let name = "xl/sharedStrings.xml"
        guard let data = try SheetTable.part(archive, name, path: path) else { return [] }
        let reader = XLSXSharedStringReader(path: path)
        try SheetTable.stream(data, part: name, path: path, to: reader)
        return reader.strings
    }

    /// The cell formats (`cellXfs` indexes) that show dates: built-in 14–22, 45–47, or a
    /// custom format with day, month or year letters.
    private func dateStyleIndexes() throws(DataError) -> Set<Int> {
        guard let styles = try SheetTable.xml(archive, "xl/styles.xml", path: path) else { return [] }
        var custom: [Int: String] = [:]
        for format in styles.rootNode?.firstChild(Self.main, "numFmts")?.childElements ?? [] {
            if let id = format.plainAttribute("numFmtId").flatMap(Int.init), let code = format.plainAttribute("formatCode") {
                custom[id] = code
            }
        }
        var result: Set<Int> = []
        for (index, xf) in (styles.rootNode?.firstChild(Self.main, "cellXfs")?.childElements ?? []).enumerated() {
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
