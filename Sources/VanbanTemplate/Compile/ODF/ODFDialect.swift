import VanbanODF

/// OpenDocument text as the healing and lifting core sees it: `text:p` and `text:h` hold the
/// text; LibreOffice splits it into `text:span`s, writes runs of spaces as `text:s`, and drops
/// bookmarks and soft page breaks in the middle of words.
struct ODFDialect: Dialect {
    static var textOutsideHolders: Bool { true }
    static var objectsInTag: String { "trường, khung hay chú thích" }

    /// The most spaces one `text:s` stands for here (LibreOffice writes a few).
    static let maxSpaces = 10_000

    /// Marks with no text: transparent to tags.
    private static let marks: Set<String> = [
        "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
        "reference-mark-start", "reference-mark-end", "change", "change-start", "change-end",
        "alphabetical-index-mark", "alphabetical-index-mark-start", "alphabetical-index-mark-end",
        "toc-mark", "toc-mark-start", "toc-mark-end", "user-index-mark", "user-index-mark-start",
        "user-index-mark-end",
    ]

    /// Inline containers whose text is part of the paragraph's text.
    private static let containers: Set<String> = ["span", "a", "meta", "ruby", "ruby-base"]

    func isParagraph(_ element: TreeNode) -> Bool {
        element.isElement(Namespace.text, "p") || element.isElement(Namespace.text, "h")
    }

    func role(of element: TreeNode) -> InlineRole {
        let name = element.localName
        let namespace = element.namespaceURI
        if namespace == Namespace.text {
            if name == "s" {
                // `text:c` is the file's word: at least 1, at most a page of spaces.
                let written = element.attribute(Namespace.text, "c").flatMap(Int.init) ?? 1
                return .spaces(count: min(max(1, written), Self.maxSpaces))
            }
            if Self.marks.contains(name) { return .mark }
            if Self.containers.contains(name) { return .container }
            if name == "tab" { return .opaque("\t") }
            if name == "line-break" { return .opaque("\n") }
        }
        if namespace == Namespace.office && (name == "annotation" || name == "annotation-end") { return .mark }
        return .opaque("\u{FFFC}")
    }

    func line(of paragraph: TreeNode, number: Int) -> Int { paragraph.line }

    /// Bookmarks, reference marks and comments a tag covered stand just before its value.
    func keepsMark(_ mark: TreeNode) -> Bool {
        mark.localName.hasPrefix("bookmark") || mark.localName.hasPrefix("reference-mark")
            || mark.namespaceURI == Namespace.office
    }

    func healed(into first: TreeNode) {}

    /// Spans a tag emptied (the tail of a split tag) go.
    func tidy(_ paragraph: TreeNode, emptied: [TreeNode]) {
        var seen: Set<TreeNode> = []
        for span in emptied where seen.insert(span).inserted && !span.hasChildren && span.isElement(Namespace.text, "span") {
            span.remove()
        }
    }

    func repeatsWhole(_ element: TreeNode) -> Bool {
        element.isElement(Namespace.table, "table-row") || element.isElement(Namespace.text, "list-item")
    }

    /// `{{#x}}…{{/x}}` filling a list item's only paragraph repeats the list item; otherwise the
    /// section stays inline.
    func liftWithinParagraph(open: FoundTag, close: FoundTag, lifter: StructureLifter<Self>) {
        let paragraph = open.paragraph
        guard let item = paragraph.parent, item.isElement(Namespace.text, "list-item"),
            item.childElements.count == 1, lifter.isEdge(open.marker, of: paragraph, atStart: true),
            lifter.isEdge(close.marker, of: paragraph, atStart: false), let list = item.parent
        else { return }
        StructureLifter<Self>.place(open: open.marker.unlink(), before: item, close: close.marker.unlink(), after: item,
                                    in: list)
    }

    /// `{{> name}}` alone in its paragraph: the marker takes the paragraph's place.
    func liftPartial(_ item: FoundTag) throws(TemplateError) {
        guard item.alone else {
            throw .unsupported(feature: "mẫu con {{> \(item.tag.name)}} chen giữa đoạn (hãy để thẻ đứng riêng một đoạn)",
                               at: item.tag.location)
        }
        item.paragraph.insertBefore(item.marker.unlink())
    }

    /// Only white space may stand between a list item's tag and its paragraph's edge.
    func isEdgeFiller(_ node: TreeNode) -> Bool {
        node.isText && node.content.trimmed.isEmpty
    }

    /// A paragraph holding nothing but white space (and empty spans, soft page breaks, spaces).
    func isBlank(_ paragraph: TreeNode) -> Bool {
        var child = paragraph.firstChildNode
        while let current = child {
            switch current.kind {
            case .text:
                if !current.content.trimmed.isEmpty { return false }
            case .element:
                guard current.isElement(Namespace.text, "span") || current.isElement(Namespace.text, "soft-page-break")
                    || current.isElement(Namespace.text, "s"), isBlank(current)
                else { return false }
            default:
                return false  // a marker of another tag
            }
            child = current.nextSibling
        }
        return true
    }

    /// Removes a paragraph left empty by its tags (with its list item when it is the item's
    /// only block), unless a table cell would be left with no paragraph at all: then it stays,
    /// empty.
    func removeOrEmpty(_ paragraph: TreeNode) {
        if let item = paragraph.parent, item.isElement(Namespace.text, "list-item"), item.childElements.count == 1 {
            item.remove()
            return
        }
        if let cell = paragraph.parent, cell.isElement(Namespace.table, "table-cell"),
            cell.childElements.filter(isParagraph).count == 1
        {
            paragraph.removeChildren()
            return
        }
        paragraph.remove()
    }
}
