import CLibXML2
import VanbanODF

/// Turns tags that stand in paragraphs of their own into structure:
///
/// ```
/// {{#danh_sach}}          ← paragraph removed
/// Họ tên: {{ho_ten}}      ← repeated for each item
/// {{/danh_sach}}          ← paragraph removed
///
/// | {{#ds}}{{@stt}} | {{ho_ten}} | {{don_vi}}{{/ds}} |   ← the whole row repeated
/// ```
///
/// Sections whose tags share one paragraph stay inline.
struct StructureLifter {
    let file: String

    func lift(_ found: inout [ODFCompiler.Found], in document: XMLDocPointer) throws(TemplateError) {
        for (index, item) in found.enumerated() {
            xmlNodeSetContent(item.marker, String(index))
        }
        var stack: [Int] = []
        var emptied: [XMLNodePointer] = []
        for (index, item) in found.enumerated() {
            switch item.tag.kind {
            case .section, .inverted:
                // Deeper than the parser takes: said now, before lifting costs more per level.
                if stack.count >= Parser.maxDepth { throw Parser.tooDeep(item.tag) }
                stack.append(index)
            case .close:
                guard let openIndex = stack.popLast() else {
                    throw .unexpectedClose(name: item.tag.name, open: nil, at: item.tag.location)
                }
                let open = found[openIndex]
                guard open.tag.name == item.tag.name else {
                    throw .unexpectedClose(name: item.tag.name, open: open.tag.name, at: item.tag.location)
                }
                if open.paragraph == item.paragraph {
                    liftListItem(open: open, close: item)
                    continue
                }
                try liftSection(open: open, close: item)
                emptied += [open.paragraph, item.paragraph]
            case .partial:
                guard item.alone else {
                    throw .unsupported(feature: "mẫu con {{> \(item.tag.name)}} chen giữa đoạn (hãy để thẻ đứng riêng một đoạn)",
                                       at: item.tag.location)
                }
                item.paragraph.insertBefore(unlinked(item.marker))
                emptied.append(item.paragraph)
            case .comment, .delimiters:
                // They print nothing: their marker goes, and their paragraph with it if emptied.
                xmlUnlinkNode(item.marker)
                xmlFreeNode(item.marker)
                emptied.append(item.paragraph)
            case .block, .parent:
                throw .unsupported(feature: "kế thừa mẫu ({{$…}}, {{<…}})", at: item.tag.location)
            case .variable, .unescaped:
                break
            }
        }
        if let open = stack.last {
            throw .unclosedSection(name: found[open].tag.name, at: found[open].tag.location)
        }
        for paragraph in Set(emptied) where Self.isBlank(paragraph) {
            removeOrEmpty(paragraph)
        }
    }

    private func unlinked(_ node: XMLNodePointer) -> XMLNodePointer {
        xmlUnlinkNode(node)
        return node
    }

    /// Moves the markers of a section spread over several paragraphs to the edges of the
    /// blocks it repeats.
    private func liftSection(open: ODFCompiler.Found, close: ODFCompiler.Found) throws(TemplateError) {
        let openPath = Self.ancestors(of: open.marker)
        let closePath = Self.ancestors(of: close.marker)
        guard var common = openPath.last(where: { node in closePath.contains(node) }) else {
            throw .tagAcrossParagraphs(text: "{{/\(close.tag.name)}}", at: close.tag.location)
        }
        var first = openPath[openPath.firstIndex(of: common)! + 1]
        var last = closePath[closePath.firstIndex(of: common)! + 1]
        // Both in one table row, or one list item: the row (item) itself repeats.
        while common.isElement(Namespace.table, "table-row") || common.isElement(Namespace.text, "list-item"),
            let parent = common.pointee.parent
        {
            first = common
            last = common
            common = parent
        }
        guard common.isElement(Namespace.text, "p") == false, common.isElement(Namespace.text, "h") == false else {
            return
        }
        Self.place(open: unlinked(open.marker), before: first, close: unlinked(close.marker), after: last, in: common)
    }

    /// Puts a section's markers around the blocks `first`…`last`. Inner sections were placed
    /// first: an outer opening goes before their openings, an outer closing after their closings.
    static func place(open: XMLNodePointer, before first: XMLNodePointer, close: XMLNodePointer,
                      after last: XMLNodePointer, in parent: XMLNodePointer) {
        var start = first
        while let previous = start.pointee.prev, isMarker(previous) { start = previous }
        start.insertBefore(open)
        var end = last
        while let next = end.pointee.next, isMarker(next) { end = next }
        if let next = end.pointee.next { next.insertBefore(close) } else { parent.appendChild(close) }
    }

    static func isMarker(_ node: XMLNodePointer) -> Bool {
        node.pointee.type == XML_PI_NODE && xmlStrEqual(node.pointee.name, "vanban") != 0
    }

    /// `{{#x}}…{{/x}}` filling a list item's only paragraph repeats the list item.
    private func liftListItem(open: ODFCompiler.Found, close: ODFCompiler.Found) {
        let paragraph = open.paragraph
        guard let item = paragraph.pointee.parent, item.isElement(Namespace.text, "list-item"),
            item.childElements.count == 1, Self.isEdge(open.marker, of: paragraph, atStart: true),
            Self.isEdge(close.marker, of: paragraph, atStart: false)
        else { return }
        guard let list = item.pointee.parent else { return }
        Self.place(open: unlinked(open.marker), before: item, close: unlinked(close.marker), after: item, in: list)
    }

    /// Whether only white space lies between `marker` and the start (end) of `paragraph`.
    static func isEdge(_ marker: XMLNodePointer, of paragraph: XMLNodePointer, atStart: Bool) -> Bool {
        var node: XMLNodePointer? = marker
        while let current = node, current != paragraph {
            var sibling = atStart ? current.pointee.prev : current.pointee.next
            while let each = sibling {
                if each.pointee.type != XML_TEXT_NODE || !each.content.trimmed.isEmpty { return false }
                sibling = atStart ? each.pointee.prev : each.pointee.next
            }
            node = current.pointee.parent
        }
        return true
    }

    /// The node's ancestors, the document root first, the node last.
    static func ancestors(of node: XMLNodePointer) -> [XMLNodePointer] {
        var path: [XMLNodePointer] = []
        var current: XMLNodePointer? = node
        while let each = current, each.pointee.type != XML_DOCUMENT_NODE {
            path.append(each)
            current = each.pointee.parent
        }
        return path.reversed()
    }

    /// A paragraph holding nothing but white space (and empty spans).
    static func isBlank(_ paragraph: XMLNodePointer) -> Bool {
        var blank = true
        func visit(_ node: XMLNodePointer) {
            var child = node.pointee.children
            while let current = child, blank {
                switch current.pointee.type {
                case XML_TEXT_NODE:
                    if !current.content.trimmed.isEmpty { blank = false }
                case XML_ELEMENT_NODE:
                    if current.isElement(Namespace.text, "span") || current.isElement(Namespace.text, "soft-page-break")
                        || current.isElement(Namespace.text, "s")
                    {
                        visit(current)
                    } else {
                        blank = false
                    }
                default:
                    blank = false  // a marker of another tag
                }
                child = current.pointee.next
            }
        }
        visit(paragraph)
        return blank
    }

    /// Removes a paragraph left empty by its tags, unless a table cell would be left with no
    /// paragraph at all: then it stays, empty.
    private func removeOrEmpty(_ paragraph: XMLNodePointer) {
        if let item = paragraph.pointee.parent, item.isElement(Namespace.text, "list-item"), item.childElements.count == 1 {
            xmlUnlinkNode(item)
            xmlFreeNode(item)
            return
        }
        if let cell = paragraph.pointee.parent, cell.isElement(Namespace.table, "table-cell"),
            cell.childElements.filter({ $0.isElement(Namespace.text, "p") || $0.isElement(Namespace.text, "h") }).count == 1
        {
            while let child = paragraph.pointee.children {
                xmlUnlinkNode(child)
                xmlFreeNode(child)
            }
            return
        }
        xmlUnlinkNode(paragraph)
        xmlFreeNode(paragraph)
    }
}
