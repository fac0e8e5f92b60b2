import Foundation
import VanbanODF
import VanbanRules

/// The sheets of an Office Open XML workbook (`.xlsx`): the workbook's sheet list (which are
/// hidden) and relationships, its date system, the shared strings, and the cell formats that
/// say how a number is shown.
struct XLSXSheet {
    let archive: ZipReader
    let path: String

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The sheet named `sheet`, or, when `nil`, every sheet in tab order (hidden ones marked),
    /// each as Excel shows it (``SheetContent``).
    func sheets(named sheet: String?) throws(DataError) -> [SheetContent] {
        guard let workbook = try SheetTable.xml(archive, "xl/workbook.xml", path: path) else {
            throw .unreadable(path: path, reason: "không có xl/workbook.xml")
        }
        let root = workbook.rootNode
        let entries = root?.firstChild(Self.main, "sheets")?.childElements ?? []
        let names = entries.compactMap { $0.plainAttribute("name") }
        // The 1904 date system (older Mac workbooks): serial 0 is 1904-01-01, 1,462 days after 1900's.
        let date1904 = root?.firstChild(Self.main, "workbookPr").map {
            ["1", "true"].contains($0.plainAttribute("date1904")?.lowercased() ?? "")
        } ?? false
        let chosen: [(entry: TreeNode, hidden: Bool)]
        if let sheet {
            guard let entry = entries.first(where: { $0.plainAttribute("name") == sheet }) else {
                throw .unknownSheet(path: path, sheet: sheet, sheets: names)
            }
            chosen = [(entry, Self.isHidden(entry))]
        } else {
            chosen = entries.map { ($0, Self.isHidden($0)) }
        }
        let rels = try SheetTable.xml(archive, "xl/_rels/workbook.xml.rels", path: path)
        let (strings, struckStrings) = try sharedStrings()
        let (formats, struck) = try cellStyles()
        var result: [SheetContent] = []
        for (entry, hidden) in chosen {
            guard let id = entry.attribute(Self.relationships, "id"),
                let target = rels?.rootNode?.childElements.first(where: { $0.plainAttribute("Id") == id })?.plainAttribute("Target")
            else { throw .unreadable(path: path, reason: "không tìm thấy trang tính \(entry.plainAttribute("name") ?? "")") }
            let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let worksheet = try SheetTable.part(archive, sheetPath, path: path) else {
                throw .unreadable(path: path, reason: "thiếu \(sheetPath)")
            }
            let reader = XLSXCellReader(path: path, strings: strings, formats: formats, date1904: date1904, struck: struck,
                                        struckStrings: struckStrings)
            try SheetTable.stream(worksheet, part: sheetPath, path: path, to: reader)
            var content = reader.content
            content.name = entry.plainAttribute("name") ?? ""
            content.isHidden = hidden
            result.append(content)
        }
        return result
    }

    /// `state="hidden"` or `"veryHidden"` on a workbook's sheet entry.
    private static func isHidden(_ entry: TreeNode) -> Bool {
        let state = entry.plainAttribute("state") ?? "visible"
        return state == "hidden" || state == "veryHidden"
    }

    /// The workbook's shared strings, read as a stream, their total size bounded, and those with a
    /// run struck through.
    private func sharedStrings() throws(DataError) -> ([String], Set<Int>) {
        let name = "xl/sharedStrings.xml"
        guard let data = try SheetTable.part(archive, name, path: path) else { return ([], []) }
        let reader = XLSXSharedStringReader(path: path)
        try SheetTable.stream(data, part: name, path: path, to: reader)
        return (reader.strings, reader.struck)
    }

    /// How each cell format (`cellXfs` index) shows a number: dates (built-in 14–22, 45–47, or a
    /// custom format with day, month or year letters), zero-padded codes, decimals, text; and
    /// the formats whose font is struck through.
    private func cellStyles() throws(DataError) -> ([NumberDisplay], Set<Int>) {
        guard let styles = try SheetTable.xml(archive, "xl/styles.xml", path: path) else { return ([], []) }
        // `<strike/>`, `<strike val="1"/>` (Excel), `<strike val="true"/>` (Calc); `val="0"` is none.
        let struckFonts = (styles.rootNode?.firstChild(Self.main, "fonts")?.childElements ?? []).map { font in
            guard let strike = font.firstChild(Self.main, "strike") else { return false }
            return !["0", "false"].contains(strike.plainAttribute("val") ?? "1")
        }
        var struck: Set<Int> = []
        for (index, xf) in (styles.rootNode?.firstChild(Self.main, "cellXfs")?.childElements ?? []).enumerated() {
            if let font = xf.plainAttribute("fontId").flatMap(Int.init), struckFonts.indices.contains(font), struckFonts[font] {
                struck.insert(index)
            }
        }
        return (try numberDisplays(styles), struck)
    }

    private func numberDisplays(_ styles: Document) throws(DataError) -> [NumberDisplay] {
        var custom: [Int: String] = [:]
        for format in styles.rootNode?.firstChild(Self.main, "numFmts")?.childElements ?? [] {
            if let id = format.plainAttribute("numFmtId").flatMap(Int.init), let code = format.plainAttribute("formatCode") {
                custom[id] = code
            }
        }
        return (styles.rootNode?.firstChild(Self.main, "cellXfs")?.childElements ?? []).map { xf in
            guard let id = xf.plainAttribute("numFmtId").flatMap(Int.init) else { return .general }
            if let code = custom[id] { return NumberDisplay(code: code) }
            return NumberDisplay.builtIn(id) ?? .general
        }
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
