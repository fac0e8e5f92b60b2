import CLibXML2
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
    static func strip(_ root: XMLNodePointer) {
        var removed: [XMLNodePointer] = []
        func visit(_ node: XMLNodePointer) {
            if node.isWord("proofErr") || node.isWord("bookmarkStart") || node.isWord("bookmarkEnd") {
                removed.append(node)
                return
            }
            for name in ["paraId", "textId"] {
                if let attribute = xmlHasNsProp(node, name, Word.w14) { xmlRemoveProp(attribute) }
            }
            var child = node.pointee.children
            while let current = child {
                if current.isElement { visit(current) }
                child = current.pointee.next
            }
        }
        visit(root)
        removed.forEach { $0.remove() }
    }

    /// Spaces at the edges of a `w:t` are kept only with `xml:space="preserve"`.
    static func preserveSpaces(_ t: XMLNodePointer) {
        if t.isWord("t") { xmlNodeSetSpacePreserve(t, 1) }
    }

    /// Removes, below `paragraph`, the `w:t` with no text, the runs with nothing but their
    /// properties, and the links and revision marks with no run left.
    static func pruneEmpty(in paragraph: XMLNodePointer) {
        func prune(_ node: XMLNodePointer) {
            for child in node.childElements { prune(child) }
            guard node != paragraph else { return }
            if node.isWord("t") {
                if node.children.allSatisfy({ $0.pointee.type == XML_TEXT_NODE && $0.content.isEmpty }) { node.remove() }
            } else if node.isWord("r") {
                if node.children.allSatisfy({ !$0.isElement || $0.isWord("rPr") }) { node.remove() }
            } else if ["hyperlink", "ins", "smartTag", "moveTo", "customXml"].contains(where: node.isWord) {
                if node.childElements.isEmpty { node.remove() }
            }
        }
        prune(paragraph)
    }
}
