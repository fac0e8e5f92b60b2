import CLibXML2

/// Small, allocation-light helpers over libxml2's tree, for VanbanODF's own stages. Other modules
/// see the tree through ``TreeNode``; these stay `package` only for tests that still read trees
/// with them (they could be `internal` once those use ``TreeNode``).
@usableFromInline typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>
@usableFromInline typealias XMLDocPointer = UnsafeMutablePointer<xmlDoc>

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The local name (`p` for `text:p`).
    var localName: String { String(cString: pointee.name) }

    /// The namespace URI, or `nil`.
    var namespaceURI: String? {
        guard let ns = pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// Whether this is the element `{namespace}name`.
    func isElement(_ namespace: String, _ name: String) -> Bool {
        pointee.type == XML_ELEMENT_NODE && xmlStrEqual(pointee.name, name) != 0
            && namespaceURI == namespace
    }

    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// The child nodes, in order (a snapshot: safe to unlink while iterating).
    var children: [XMLNodePointer] {
        var result: [XMLNodePointer] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    var childElements: [XMLNodePointer] { children.filter { $0.isElement } }

    /// The first child element `{namespace}name`.
    func firstChild(_ namespace: String, _ name: String) -> XMLNodePointer? {
        var child = pointee.children
        while let node = child {
            if node.isElement(namespace, name) { return node }
            child = node.pointee.next
        }
        return nil
    }

    /// The value of the attribute `{namespace}name`.
    func attribute(_ namespace: String, _ name: String) -> String? {
        guard let value = xmlGetNsProp(self, name, namespace) else { return nil }
        defer { vanban_xmlFree(value) }
        return String(cString: value)
    }

    /// The text content of the node and its descendants, as libxml2 sees it (no ODF spacing rules).
    var content: String {
        guard let value = xmlNodeGetContent(self) else { return "" }
        defer { vanban_xmlFree(value) }
        return String(cString: value)
    }

    /// The line of the node in the source it was parsed from, or of its nearest element
    /// (libxml2 numbers elements; text nodes only borrow). 0 when unknown.
    var line: Int {
        var node: XMLNodePointer? = self
        while let current = node {
            let line = Int(xmlGetLineNo(current))
            if line > 0 { return line }
            node = current.pointee.parent
        }
        return 0
    }
}

extension UnsafeMutablePointer where Pointee == xmlDoc {
    /// The root element.
    var rootElement: XMLNodePointer? { xmlDocGetRootElement(self) }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Links `node` (unlinked, of the same document) just before `self`. Unlike libxml2's
    /// `xmlAddPrevSibling`, adjacent text nodes are never merged, so `self` stays valid.
    func insertBefore(_ node: XMLNodePointer) {
        node.pointee.parent = pointee.parent
        node.pointee.prev = pointee.prev
        node.pointee.next = self
        if let previous = pointee.prev {
            previous.pointee.next = node
        } else {
            pointee.parent?.pointee.children = node
        }
        pointee.prev = node
    }

    /// Links `node` (unlinked, of the same document) as the last child, never merging text.
    func appendChild(_ node: XMLNodePointer) {
        node.pointee.parent = self
        node.pointee.next = nil
        node.pointee.prev = pointee.last
        if let last = pointee.last {
            last.pointee.next = node
        } else {
            pointee.children = node
        }
        pointee.last = node
    }
}
