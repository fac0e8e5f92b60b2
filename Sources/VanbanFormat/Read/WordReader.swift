import Foundation
import VanbanODF

/// Reads a Word document (`.docx`) into a ``FormattedDocument``: body paragraphs and the
/// paragraphs of its tables in reading order, each with its styles resolved (``WordStyles``),
/// and the first section's page.
struct WordReader {
    static let w = WordStyles.w

    let package: WordPackage

    init(contentsOf url: URL) throws(FormatError) {
        do {
            package = try WordPackage(contentsOf: url)
        } catch {
            throw .unreadable(file: url.relativePath, reason: error.description)
        }
    }

    func read() throws(FormatError) -> FormattedDocument {
        let main = try part(package.mainPart)
        let relationships = (try? package.data(WordPackage.relationshipsPart(of: package.mainPart)).map {
            try WordPackage.relationships($0, path: package.path)
        }) ?? nil
        func target(_ type: String) -> String? {
            relationships?.first { $0.type.hasSuffix("/" + type) }.map { WordPackage.resolve($0.target, from: package.mainPart) }
        }
        let stylesDocument = try target("styles").map { name throws(FormatError) in try part(name) }
        let themeDocument = try target("theme").map { name throws(FormatError) in try part(name) }
        let styles = WordStyles(styles: stylesDocument?.rootNode, theme: themeDocument?.rootNode)
        guard let body = main.rootNode?.firstChild(Self.w, "body") else {
            throw .unreadable(file: package.path, reason: "không có phần thân văn bản")
        }
        var paragraphs: [Paragraph] = []
        var tableCount = 0
        var breakPending = false
        // Content controls (`w:sdt`) hold paragraphs and tables of the body in their `w:sdtContent`.
        var blocks: [TreeNode] = []
        func collect(_ parent: TreeNode) {
            for node in parent.childElements {
                if node.isElement(Self.w, "sdt"), let content = node.firstChild(Self.w, "sdtContent") { collect(content) } else { blocks.append(node) }
            }
        }
        collect(body)
        for node in blocks {
            if node.isElement(Self.w, "p") {
                paragraphs += paragraph(node, styles: styles, place: .init(), breakPending: &breakPending)
            } else if node.isElement(Self.w, "tbl") {
                let index = tableCount
                tableCount += 1
                for (row, tr) in node.childElements.filter({ $0.isElement(Self.w, "tr") }).enumerated() {
                    for (column, tc) in tr.childElements.filter({ $0.isElement(Self.w, "tc") }).enumerated() {
                        tc.forEachElement { inner in
                            guard inner.isElement(Self.w, "p") else { return }
                            paragraphs += paragraph(inner, styles: styles, place: .init(table: index, row: row, column: column),
                                                    breakPending: &breakPending)
                        }
                    }
                }
            }
        }
        let section = body.firstChild(Self.w, "sectPr")
        var headerHasPageNumber = false
        if let section {
            for reference in section.childElements where reference.isElement(Self.w, "headerReference") {
                guard reference.attribute(Self.w, "type") != "first",
                    let id = reference.attribute("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"),
                    let relation = relationships?.first(where: { $0.id == id }),
                    let header = try? part(WordPackage.resolve(relation.target, from: package.mainPart))
                else { continue }
                if Self.hasPageField(header.rootNode) { headerHasPageNumber = true }
            }
        }
        return FormattedDocument(paragraphs: paragraphs.flatMap(\.lines), page: section.flatMap(Self.page), headerHasPageNumber: headerHasPageNumber)
    }

    func part(_ name: String) throws(FormatError) -> Document {
        do {
            return try package.document(name)
        } catch {
            throw .unreadable(file: package.path, reason: error.description)
        }
    }

    /// One `w:p` (a paragraph holding a page break in its middle counts as one).
    func paragraph(_ p: TreeNode, styles: WordStyles, place: Paragraph.Place, breakPending: inout Bool) -> [Paragraph] {
        let pPr = p.firstChild(Self.w, "pPr")
        let own = pPr.map(WordStyles.paragraphProperties) ?? .init()
        let (properties, base) = styles.resolve(paragraphStyle: pPr?.firstChild(Self.w, "pStyle")?.attribute(Self.w, "val"), own: own)
        var runs: [TextRun] = []
        var hasDrawing = false
        var breakInside = false
        p.forEachElement { node in
            guard node.isElement(Self.w, "r") else {
                if node.isElement(Self.w, "drawing") || node.isElement(Self.w, "pict") { hasDrawing = true }
                return
            }
            if node.ancestors.contains(where: { $0.isElement(Self.w, "del") || $0.isElement(Self.w, "txbxContent") }) { return }
            let rPr = node.firstChild(Self.w, "rPr")
            let look = styles.look(base: base, characterStyle: rPr?.firstChild(Self.w, "rStyle")?.attribute(Self.w, "val"),
                                   own: rPr.map(styles.runProperties) ?? .init())
            var text = ""
            for child in node.childElements {
                if child.isElement(Self.w, "t") { text += child.content }
                else if child.isElement(Self.w, "tab") { text += "\t" }
                else if child.isElement(Self.w, "br") {
                    if child.attribute(Self.w, "type") == "page" { breakInside = true } else { text += "\n" }
                }
            }
            if !text.isEmpty { runs.append(TextRun(text: text, look: look)) }
        }
        var result = Paragraph(runs: runs)
        result.alignment = properties.alignment ?? .left
        result.firstLineIndent = properties.firstLine ?? 0
        result.leftIndent = properties.left ?? 0
        result.rightIndent = properties.right ?? 0
        result.spaceBefore = properties.before ?? 0
        result.spaceAfter = properties.after ?? 0
        result.bottomBorder = properties.bottomBorder ?? false
        result.hasDrawing = hasDrawing
        result.pageBreakBefore = breakPending || (properties.pageBreakBefore ?? false) || (breakInside && runs.isEmpty)
        result.place = place
        breakPending = (breakInside && !runs.isEmpty) || pPr?.firstChild(Self.w, "sectPr") != nil
        return [result]
    }

    static func hasPageField(_ root: TreeNode?) -> Bool {
        guard let root else { return false }
        var found = false
        root.forEachElement { node in
            if node.isElement(w, "fldSimple"), (node.attribute(w, "instr") ?? "").uppercased().contains("PAGE") { found = true }
            if node.isElement(w, "instrText"), node.content.uppercased().contains("PAGE") { found = true }
        }
        return found
    }

    static func page(_ section: TreeNode) -> PageSetup? {
        guard let size = section.firstChild(w, "pgSz"), let margins = section.firstChild(w, "pgMar") else { return nil }
        func mm(_ node: TreeNode, _ name: String) -> Double { WordStyles.twips(node.attribute(w, name)) ?? 0 }
        var width = mm(size, "w"), height = mm(size, "h")
        if size.attribute(w, "orient") == "landscape", width < height { swap(&width, &height) }
        return PageSetup(width: width, height: height, top: abs(mm(margins, "top")), bottom: abs(mm(margins, "bottom")),
                         left: mm(margins, "left"), right: mm(margins, "right"))
    }
}
