import VanbanODF

/// The noise Word leaves in a part, cleared before tags are read, and what healing leaves
/// empty, cleared after.
///
/// - Spell-check marks (`w:proofErr`) go: Word checks again.
/// - Bookmarks go: a repeated section or a page per record would repeat their names and ids,
///   which must be unique in a document.
/// - Paragraph and text ids (`w14:paraId`, `w14:textId`) go for the same reason: Word gives
///   new ones when it saves.
enum DOCXCleanup {
    static func strip(_ root: TreeNode) {
        var removed: [TreeNode] = []
        func visit(_ node: TreeNode) {
            if node.isWord("proofErr") || node.isWord("bookmarkStart") || node.isWord("bookmarkEnd") {
                removed.append(node)
                return
            }
            for name in ["paraId", "textId"] { node.removeAttribute(Word.w14, name) }
            var child = node.firstChildNode
            while let current = child {
                if current.isElement { visit(current) }
                child = current.nextSibling
            }
        }
        visit(root)
        removed.forEach { $0.remove() }
    }

    /// Spaces at the edges of a `w:t` are kept only with `xml:space="preserve"`.
    static func preserveSpaces(_ t: TreeNode) {
        if t.isWord("t") { t.preserveSpace() }
    }

    /// Removes, below `paragraph`, the `w:t` with no text, the runs with nothing but their
    /// properties, and the links and revision marks with no run left.
    static func pruneEmpty(in paragraph: TreeNode) {
        func prune(_ node: TreeNode) {
            for child in node.childElements { prune(child) }
            guard node != paragraph else { return }
            if node.isWord("t") {
                if node.children.allSatisfy({ $0.isText && $0.content.isEmpty }) { node.remove() }
            } else if node.isWord("r") {
                if node.children.allSatisfy({ !$0.isElement || $0.isWord("rPr") }) { node.remove() }
            } else if node.isWordElement, Word.emptiable.contains(node.localName) {
                if node.childElements.isEmpty { node.remove() }
            }
        }
        prune(paragraph)
    }
}
