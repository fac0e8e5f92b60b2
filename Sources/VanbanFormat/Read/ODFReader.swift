import Foundation
import VanbanODF

/// Reads an OpenDocument text (`.odt`, `.fodt`) into a ``FormattedDocument``: paragraphs and
/// headings of the body, lists and tables in reading order, their looks resolved by ``ODFStyles``.
struct ODFReader {
    typealias Namespace = VanbanODF.Namespace

    let document: Document

    init(contentsOf url: URL) throws(FormatError) {
        do {
            document = try Document(contentsOf: url)
        } catch {
            throw .unreadable(file: url.relativePath, reason: error.description)
        }
    }

    func read() throws(FormatError) -> FormattedDocument {
        guard let root = document.rootNode,
            let text = root.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "text")
        else { throw .unreadable(file: document.path, reason: "không có phần thân văn bản") }
        let styles = ODFStyles(root: root)
        var paragraphs: [Paragraph] = []
        var tableCount = 0
        var firstMaster: String?
        var sawParagraph = false
        func visit(_ node: TreeNode, place: Paragraph.Place) {
            for child in node.childElements {
                if child.isElement(Namespace.text, "p") || child.isElement(Namespace.text, "h") {
                    let name = child.attribute(Namespace.text, "style-name")
                    let chain = styles.chain(family: "paragraph", name: name)
                    if !sawParagraph {
                        firstMaster = chain.last?.attribute(Namespace.style, "master-page-name")
                    }
                    var paragraph = Paragraph(runs: [])
                    paragraph.place = place
                    styles.layout(chain, into: &paragraph)
                    if !sawParagraph { paragraph.pageBreakBefore = false }
                    sawParagraph = true
                    var hasDrawing = false
                    paragraph.runs = runs(child, look: styles.look(chain), styles: styles, hasDrawing: &hasDrawing)
                    paragraph.hasDrawing = hasDrawing
                    paragraphs.append(paragraph)
                } else if child.isElement(Namespace.table, "table") {
                    if place.table != nil {
                        // A table in a cell: its paragraphs belong to the cell.
                        child.forEachElement { node in
                            if node.isElement(Namespace.table, "table-cell"),
                                node.ancestors.filter({ $0.isElement(Namespace.table, "table") }).last == child
                            {
                                visit(node, place: place)
                            }
                        }
                        continue
                    }
                    let index = tableCount
                    tableCount += 1
                    var row = 0
                    child.forEachElement { node in
                        guard node.isElement(Namespace.table, "table-row"),
                            node.ancestors.filter({ $0.isElement(Namespace.table, "table") }).count == child.ancestors.filter({ $0.isElement(Namespace.table, "table") }).count
                        else { return }
                        var column = 0
                        for cell in node.childElements {
                            if cell.isElement(Namespace.table, "table-cell") {
                                visit(cell, place: .init(table: index, row: row, column: column))
                            }
                            column += Int(cell.attribute(Namespace.table, "number-columns-repeated") ?? "1") ?? 1
                        }
                        row += 1
                    }
                } else if child.isElement(Namespace.text, "list") || child.isElement(Namespace.text, "list-item")
                    || child.isElement(Namespace.text, "section") || child.isElement(Namespace.text, "list-header")
                {
                    visit(child, place: place)
                }
            }
        }
        // The first page's master page is named by the style of the first paragraph or table.
        if let first = text.childElements.first(where: { $0.isElement(Namespace.table, "table") || $0.isElement(Namespace.text, "p") || $0.isElement(Namespace.text, "h") }) {
            let isTable = first.isElement(Namespace.table, "table")
            let name = first.attribute(isTable ? Namespace.table : Namespace.text, "style-name")
            firstMaster = styles.chain(family: isTable ? "table" : "paragraph", name: name).last?.attribute(Namespace.style, "master-page-name")
        }
        let master = firstMaster
        visit(text, place: .init())
        if master != nil { firstMaster = master }
        var headerHasPageNumber = false
        for master in styles.masterPages.values {
            master.firstChild(Namespace.style, "header")?.forEachElement { node in
                if node.isElement(Namespace.text, "page-number") { headerHasPageNumber = true }
            }
        }
        return FormattedDocument(paragraphs: paragraphs.flatMap(\.lines), page: styles.page(master: firstMaster), headerHasPageNumber: headerHasPageNumber)
    }

    /// The runs of a paragraph: spans resolved on top of the paragraph's look.
    func runs(_ node: TreeNode, look: TextLook, styles: ODFStyles, hasDrawing: inout Bool) -> [TextRun] {
        var result: [TextRun] = []
        func add(_ text: String, _ look: TextLook) {
            if let last = result.last, last.look == look {
                result[result.count - 1].text += text
            } else {
                result.append(TextRun(text: text, look: look))
            }
        }
        func walk(_ node: TreeNode, look: TextLook) {
            for child in node.children {
                if child.isText {
                    add(child.content, look)
                    continue
                }
                guard child.isElement else { continue }
                switch child.localName {
                case "span", "a":
                    let chain = styles.chain(family: "text", name: child.attribute(Namespace.text, "style-name"))
                    walk(child, look: styles.look(chain.filter { !$0.isElement(Namespace.style, "default-style") }, base: look))
                case "s":
                    add(String(repeating: " ", count: Int(child.attribute(Namespace.text, "c") ?? "1") ?? 1), look)
                case "tab": add("\t", look)
                case "line-break": add("\n", look)
                case "line", "custom-shape", "frame", "rect", "polyline", "path", "g":
                    if child.namespaceURI == Namespace.draw { hasDrawing = true }
                case "note", "annotation", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break", "sequence-decls":
                    break
                default:
                    if child.namespaceURI == Namespace.text { walk(child, look: look) }
                }
            }
        }
        walk(node, look: look)
        return result
    }
}
