import VanbanODF

/// WordprocessingML as the healing and lifting core sees it: `w:p` holds the text in runs
/// (`w:r`/`w:t`) that Word and LibreOffice split at every change of formatting, spell-check
/// mark, revision or bookmark. Beyond ODF's lifting:
///
/// - a section filling a list paragraph (`w:numPr`, or a list style) repeats the paragraph: one
///   numbered or bulleted item per element;
/// - a section within one paragraph stays inline; when its tags lie in different runs, the runs
///   are split at the tags so that the repeated content starts and ends between runs;
/// - a paragraph emptied by its tags stays (empty) when it ends a section of the document or
///   is its cell's, header's or footer's only block.
struct WordDialect: Dialect {
    /// Paragraph styles that number or bullet their paragraphs.
    let listStyles: Set<String>

    static var textOutsideHolders: Bool { false }
    static var objectsInTag: String { "trường, hình hay chú thích" }

    func isParagraph(_ element: TreeNode) -> Bool { element.isWord("p") }

    func role(of element: TreeNode) -> InlineRole {
        guard element.isWordElement else { return .opaque("\u{FFFC}") }
        let name = element.localName
        switch name {
        case _ where Word.properties.contains(name): return .ignored
        case "r": return .container
        case "t": return .textHolder
        case "tab", "ptab": return .opaque("\t")
        case "br", "cr": return .opaque("\n")
        case _ where Word.containers.contains(name): return .container
        case _ where Word.marks.contains(name): return .mark
        default: return .opaque("\u{FFFC}")
        }
    }

    /// Word parts have no useful lines: a paragraph is named by its place in the part.
    func line(of paragraph: TreeNode, number: Int) -> Int { number }

    func keepsMark(_ mark: TreeNode) -> Bool { false }

    /// Spaces at the edges of the `w:t` that holds the marker now matter.
    func healed(into first: TreeNode) {
        if let t = first.parent { DOCXCleanup.preserveSpaces(t) }
    }

    /// `w:t`, runs and containers the tails of split tags emptied go.
    func tidy(_ paragraph: TreeNode, emptied: [TreeNode]) {
        DOCXCleanup.pruneEmpty(in: paragraph)
    }

    func repeatsWhole(_ element: TreeNode) -> Bool { element.isWord("tr") }

    /// A section within one paragraph: the whole list paragraph when it fills one, else inline.
    func liftWithinParagraph(open: FoundTag, close: FoundTag, lifter: StructureLifter<Self>) {
        let paragraph = open.paragraph
        if isListParagraph(paragraph), lifter.isEdge(open.marker, of: paragraph, atStart: true),
            lifter.isEdge(close.marker, of: paragraph, atStart: false), let parent = paragraph.parent
        {
            StructureLifter<Self>.place(open: open.marker.unlink(), before: paragraph, close: close.marker.unlink(),
                                        after: paragraph, in: parent)
            return
        }
        guard open.marker.parent != close.marker.parent else { return }
        hoist(open.marker)
        hoist(close.marker)
        guard open.marker.parent != close.marker.parent else { return }
        let openPath = open.marker.ancestors
        let closePath = close.marker.ancestors
        guard let common = openPath.last(where: { closePath.contains($0) }),
            let openIndex = openPath.firstIndex(of: common), let closeIndex = closePath.firstIndex(of: common),
            openIndex + 1 < openPath.count, closeIndex + 1 < closePath.count
        else { return }
        StructureLifter<Self>.place(open: open.marker.unlink(), before: openPath[openIndex + 1],
                                    close: close.marker.unlink(), after: closePath[closeIndex + 1], in: common)
    }

    func liftPartial(_ item: FoundTag) throws(TemplateError) {
        throw .unsupported(feature: "mẫu con {{> \(item.tag.name)}} trong mẫu .docx", at: item.tag.location)
    }

    func isEdgeFiller(_ node: TreeNode) -> Bool { Self.isBlankContent(node) }

    /// A paragraph holding nothing but white space, properties and marks.
    func isBlank(_ paragraph: TreeNode) -> Bool {
        paragraph.children.allSatisfy(Self.isBlankContent)
    }

    /// Removes a paragraph left empty by its tags, unless it ends a section of the document
    /// (its properties hold `w:sectPr`) or its cell, header or footer would be left with no
    /// block: then it stays, empty.
    func removeOrEmpty(_ paragraph: TreeNode) {
        let endsSection = paragraph.firstChild(Word.main, "pPr")?.firstChild(Word.main, "sectPr") != nil
        let blocks = paragraph.parent?.childElements.filter { $0.isWordElement && Word.blocks.contains($0.localName) }
        if endsSection || (blocks?.count ?? 0) <= 1 {
            for child in paragraph.children where !child.isWord("pPr") { child.remove() }
            return
        }
        paragraph.remove()
    }

    /// Splits the run around a marker that stands inside its `w:t`, so that the marker stands
    /// between two runs of the same formatting.
    private func hoist(_ marker: TreeNode) {
        guard let t = marker.parent, t.isWord("t"), let run = t.parent, run.isWord("r") else { return }
        let tail = run.copyWithoutChildren()
        if let properties = run.firstChild(Word.main, "rPr") {
            tail.appendChild(properties.copy())
        }
        let tailText = t.copyWithoutChildren()
        DOCXCleanup.preserveSpaces(tailText)
        tail.appendChild(tailText)
        var next = marker.nextSibling
        while let node = next {
            next = node.nextSibling
            tailText.appendChild(node.unlink())
        }
        next = t.nextSibling
        while let node = next {
            next = node.nextSibling
            tail.appendChild(node.unlink())
        }
        marker.unlink()
        if let after = run.nextSibling {
            after.insertBefore(marker)
            after.insertBefore(tail)
        } else if let parent = run.parent {
            parent.appendChild(marker)
            parent.appendChild(tail)
        }
        for each in [run, tail] where !each.children.contains(where: {
            $0.isElement && !$0.isWord("rPr") && !($0.isWord("t") && $0.children.allSatisfy { $0.content.isEmpty && $0.isText })
        }) {
            each.remove()
        }
    }

    /// A paragraph numbered or bulleted: `w:numPr` in its properties, or a list style.
    private func isListParagraph(_ paragraph: TreeNode) -> Bool {
        guard let properties = paragraph.firstChild(Word.main, "pPr") else { return false }
        if properties.firstChild(Word.main, "numPr") != nil { return true }
        guard let style = properties.firstChild(Word.main, "pStyle")?.attribute(Word.main, "val") else { return false }
        return listStyles.contains(style)
    }

    /// Content that shows nothing: white space, properties, marks, runs and links of nothing.
    private static func isBlankContent(_ node: TreeNode) -> Bool {
        switch node.kind {
        case .text:
            return node.content.trimmed.isEmpty
        case .element:
            guard node.isWordElement else { return false }
            let name = node.localName
            if Word.properties.contains(name) || Word.marks.contains(name) { return true }
            if name == "r" || name == "t" || Word.emptiable.contains(name) {
                return node.children.allSatisfy(isBlankContent)
            }
            return false
        default:
            return false  // a marker of another tag
        }
    }
}
