import CLibXML2
import Foundation
import VanbanODF

/// Turns tags that stand in paragraphs of their own into structure, as in ODF templates:
///
/// - a section whose tags are in different paragraphs repeats the blocks between them (the
///   paragraphs and tables of the body, a cell, a header), or the whole table row (`w:tr`) when
///   both tags are in one row; paragraphs left empty by their tags vanish;
/// - a section filling a list paragraph (`w:numPr`, or a list style) repeats the paragraph: one
///   numbered or bulleted item per element;
/// - a section within one paragraph stays inline; when its tags lie in different runs, the runs
///   are split at the tags so that the repeated content starts and ends between runs.
struct DOCXStructureLifter {
    let file: String
    let document: XMLDocPointer
    /// Paragraph styles that number or bullet their paragraphs.
    let listStyles: Set<String>

    func lift(_ found: inout [ODFCompiler.Found]) throws(TemplateError) {
        for (index, item) in found.enumerated() {
            xmlNodeSetContent(item.marker, String(index))
        }
        var stack: [Int] = []
        var emptied: [XMLNodePointer] = []
        for (index, item) in found.enumerated() {
            switch item.tag.kind {
            case .section, .inverted:
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
                    liftInline(open: open, close: item)
                    continue
                }
                try liftSection(open: open, close: item)
                emptied += [open.paragraph, item.paragraph]
            case .partial:
                throw .unsupported(feature: "mẫu con {{> \(item.tag.name)}} trong mẫu .docx", at: item.tag.location)
            case .comment, .delimiters:
                item.marker.remove()
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
            Self.removeOrEmpty(paragraph)
        }
    }

    private func unlinked(_ node: XMLNodePointer) -> XMLNodePointer {
        xmlUnlinkNode(node)
        return node
    }

    /// Moves the markers of a section spread over several paragraphs to the edges of the
    /// blocks it repeats.
    private func liftSection(open: ODFCompiler.Found, close: ODFCompiler.Found) throws(TemplateError) {
        let openPath = StructureLifter.ancestors(of: open.marker)
        let closePath = StructureLifter.ancestors(of: close.marker)
        guard var common = openPath.last(where: { node in closePath.contains(node) }),
            let commonIndex = openPath.firstIndex(of: common), let closeIndex = closePath.firstIndex(of: common),
            commonIndex + 1 < openPath.count, closeIndex + 1 < closePath.count
        else {
            throw .tagAcrossParagraphs(text: "{{/\(close.tag.name)}}", at: close.tag.location)
        }
        var first = openPath[commonIndex + 1]
        var last = closePath[closeIndex + 1]
        // Both in one table row: the row repeats.
        while common.isWord("tr"), let parent = common.pointee.parent {
            first = common
            last = common
            common = parent
        }
        guard !common.isWord("p") else { return }
        Self.place(open: unlinked(open.marker), before: first, close: unlinked(close.marker), after: last, in: common)
    }

    /// A section within one paragraph: the whole list paragraph when it fills one, else inline.
    private func liftInline(open: ODFCompiler.Found, close: ODFCompiler.Found) {
        let paragraph = open.paragraph
        if isListParagraph(paragraph), Self.isEdge(open.marker, of: paragraph, atStart: true),
            Self.isEdge(close.marker, of: paragraph, atStart: false), let parent = paragraph.pointee.parent
        {
            Self.place(open: unlinked(open.marker), before: paragraph, close: unlinked(close.marker), after: paragraph,
                       in: parent)
            return
        }
        guard open.marker.pointee.parent != close.marker.pointee.parent else { return }
        hoist(open.marker)
        hoist(close.marker)
        guard open.marker.pointee.parent != close.marker.pointee.parent else { return }
        let openPath = StructureLifter.ancestors(of: open.marker)
        let closePath = StructureLifter.ancestors(of: close.marker)
        guard let common = openPath.last(where: { closePath.contains($0) }),
            let openIndex = openPath.firstIndex(of: common), let closeIndex = closePath.firstIndex(of: common)
        else { return }
        Self.place(open: unlinked(open.marker), before: openPath[openIndex + 1], close: unlinked(close.marker),
                   after: closePath[closeIndex + 1], in: common)
    }

    /// Puts a section's markers around the blocks `first`…`last`. Sections inside it were placed
    /// first: its opening goes before their markers, its closing after theirs; the markers of
    /// sections before or after it (numbered outside its own two) stay outside.
    static func place(open: XMLNodePointer, before first: XMLNodePointer, close: XMLNodePointer,
                      after last: XMLNodePointer, in parent: XMLNodePointer) {
        let range = (number(open) ?? 0)...(number(close) ?? Int.max)
        func isInner(_ node: XMLNodePointer) -> Bool {
            StructureLifter.isMarker(node) && number(node).map { range.contains($0) } == true
        }
        var start = first
        while let previous = start.pointee.prev, isInner(previous) { start = previous }
        start.insertBefore(open)
        var end = last
        while let next = end.pointee.next, isInner(next) { end = next }
        if let next = end.pointee.next { next.insertBefore(close) } else { parent.appendChild(close) }
    }

    /// The number of a tag's marker (`<?vanban 12?>`).
    private static func number(_ marker: XMLNodePointer) -> Int? {
        Int(marker.content.trimmingCharacters(in: .whitespaces))
    }

    /// Splits the run around a marker that stands inside its `w:t`, so that the marker stands
    /// between two runs of the same formatting.
    private func hoist(_ marker: XMLNodePointer) {
        guard let t = marker.pointee.parent, t.isWord("t"), let run = t.pointee.parent, run.isWord("r") else { return }
        let tail = xmlDocCopyNode(run, document, 2)!
        if let properties = run.firstChild(Word.main, "rPr") {
            tail.appendChild(xmlDocCopyNode(properties, document, 1)!)
        }
        let tailText = xmlDocCopyNode(t, document, 2)!
        DOCXCleanup.preserveSpaces(tailText)
        tail.appendChild(tailText)
        var next = marker.pointee.next
        while let node = next {
            next = node.pointee.next
            xmlUnlinkNode(node)
            tailText.appendChild(node)
        }
        next = t.pointee.next
        while let node = next {
            next = node.pointee.next
            xmlUnlinkNode(node)
            tail.appendChild(node)
        }
        xmlUnlinkNode(marker)
        if let after = run.pointee.next {
            after.insertBefore(marker)
            after.insertBefore(tail)
        } else if let parent = run.pointee.parent {
            parent.appendChild(marker)
            parent.appendChild(tail)
        }
        for each in [run, tail] where !each.children.contains(where: {
            $0.isElement && !$0.isWord("rPr") && !($0.isWord("t") && $0.children.allSatisfy { $0.content.isEmpty && $0.pointee.type == XML_TEXT_NODE })
        }) {
            each.remove()
        }
    }

    /// A paragraph numbered or bulleted: `w:numPr` in its properties, or a list style.
    private func isListParagraph(_ paragraph: XMLNodePointer) -> Bool {
        guard let properties = paragraph.firstChild(Word.main, "pPr") else { return false }
        if properties.firstChild(Word.main, "numPr") != nil { return true }
        guard let style = properties.firstChild(Word.main, "pStyle")?.attribute(Word.main, "val") else { return false }
        return listStyles.contains(style)
    }

    /// Whether nothing but white space and marks lies between `marker` and the start (end)
    /// of `paragraph`.
    static func isEdge(_ marker: XMLNodePointer, of paragraph: XMLNodePointer, atStart: Bool) -> Bool {
        var node: XMLNodePointer? = marker
        while let current = node, current != paragraph {
            var sibling = atStart ? current.pointee.prev : current.pointee.next
            while let each = sibling {
                if !isBlankContent(each) { return false }
                sibling = atStart ? each.pointee.prev : each.pointee.next
            }
            node = current.pointee.parent
        }
        return true
    }

    /// Content that shows nothing: white space, properties, marks, runs and links of nothing.
    private static func isBlankContent(_ node: XMLNodePointer) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE:
            return node.content.trimmed.isEmpty
        case XML_ELEMENT_NODE:
            guard node.isWordElement else { return false }
            let name = node.localName
            if Word.properties.contains(name) || Word.marks.contains(name) { return true }
            if name == "r" || name == "t" || ["hyperlink", "ins", "smartTag", "moveTo", "customXml"].contains(name) {
                return node.children.allSatisfy(isBlankContent)
            }
            return false
        default:
            return false  // a marker of another tag
        }
    }

    /// A paragraph holding nothing but white space, properties and marks.
    static func isBlank(_ paragraph: XMLNodePointer) -> Bool {
        paragraph.children.allSatisfy(isBlankContent)
    }

    /// Removes a paragraph left empty by its tags, unless it ends a section of the document
    /// (its properties hold `w:sectPr`) or its cell, header or footer would be left with no
    /// block: then it stays, empty.
    static func removeOrEmpty(_ paragraph: XMLNodePointer) {
        let endsSection = paragraph.firstChild(Word.main, "pPr")?.firstChild(Word.main, "sectPr") != nil
        let blocks = paragraph.pointee.parent?.childElements.filter { $0.isWordElement && Word.blocks.contains($0.localName) }
        if endsSection || (blocks?.count ?? 0) <= 1 {
            for child in paragraph.children where !child.isWord("pPr") { child.remove() }
            return
        }
        paragraph.remove()
    }
}
