import CLibXML2

/// One node of a document's XML tree (an element, a text, a processing instruction), as the
/// other stages of vanban see it: a small value that names the node. The tree and every node
/// in it belong to their ``Document``; a `TreeNode` is valid while its document lives and the
/// node was not removed (``remove()``). Two values are equal when they name the same node.
///
/// `package`: the template compiler and the spreadsheet reader use it; users of the library do
/// not, and no libxml2 type crosses this line.
package struct TreeNode: Hashable {
    /// The libxml2 node. Only VanbanODF sees it.
    @usableFromInline let pointer: XMLNodePointer

    @usableFromInline init(_ pointer: XMLNodePointer) {
        self.pointer = pointer
    }

    /// What a node is, as far as the compilers care.
    package enum Kind: Equatable {
        case element
        /// Character data (documents are parsed with CDATA sections merged into text).
        case text
        /// A processing instruction (`<?target content?>`), as the compilers' markers are.
        case instruction
        /// The document node above the root element.
        case document
        /// Comments and anything else.
        case other
    }

    /// What this node is.
    @inlinable package var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE: return .text
        case XML_PI_NODE: return .instruction
        case XML_DOCUMENT_NODE: return .document
        default: return .other
        }
    }

    /// Whether this is an element.
    @inlinable package var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether this is a text node.
    @inlinable package var isText: Bool { pointer.pointee.type == XML_TEXT_NODE }

    /// The local name of an element (`p` for `text:p`), the target of a processing instruction.
    package var localName: String { pointer.localName }

    /// Whether the node's (local) name is `name`, without making a string of it.
    package func hasName(_ name: String) -> Bool { xmlStrEqual(pointer.pointee.name, name) != 0 }

    /// The namespace URI of an element, or `nil`.
    package var namespaceURI: String? { pointer.namespaceURI }

    /// The prefix the element is written with (`text` for `text:p`), or `nil`.
    package var prefix: String? {
        pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) }
    }

    /// The name as written: `text:p`, or `p` without a prefix.
    package var qualifiedName: String {
        if let prefix { return "\(prefix):\(localName)" }
        return localName
    }

    /// Whether this is the element `{namespace}name`.
    package func isElement(_ namespace: String, _ name: String) -> Bool { pointer.isElement(namespace, name) }

    /// Whether this is an element of `namespace`.
    package func isElement(in namespace: String) -> Bool { isElement && namespaceURI == namespace }

    /// The line of the node in the source it was parsed from, or of its nearest element. 0 when
    /// unknown.
    package var line: Int { pointer.line }

    /// The text of the node and its descendants; a processing instruction's content.
    package var content: String { pointer.content }

    /// Replaces the node's content: the text of a text node or an instruction; an element's
    /// children become one text node. The text is escaped when written.
    package func setContent(_ text: String) {
        xmlNodeSetContent(pointer, text)
    }
}
