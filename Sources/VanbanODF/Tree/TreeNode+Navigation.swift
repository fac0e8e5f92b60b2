import CLibXML2

extension TreeNode {
    /// The parent (an element, or the document node above the root), or `nil` when unlinked.
    @inlinable package var parent: TreeNode? { pointer.pointee.parent.map(TreeNode.init) }

    /// The next sibling, or `nil`.
    @inlinable package var nextSibling: TreeNode? { pointer.pointee.next.map(TreeNode.init) }

    /// The previous sibling, or `nil`.
    @inlinable package var previousSibling: TreeNode? { pointer.pointee.prev.map(TreeNode.init) }

    /// The first child node, or `nil`.
    @inlinable package var firstChildNode: TreeNode? { pointer.pointee.children.map(TreeNode.init) }

    /// Whether the node has any child node.
    @inlinable package var hasChildren: Bool { pointer.pointee.children != nil }

    /// The child nodes, in order (a snapshot: safe to remove them while going through it).
    package var children: [TreeNode] {
        var result: [TreeNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(TreeNode(node))
            child = node.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    package var childElements: [TreeNode] { children.filter(\.isElement) }

    /// The first child element `{namespace}name`.
    package func firstChild(_ namespace: String, _ name: String) -> TreeNode? {
        pointer.firstChild(namespace, name).map(TreeNode.init)
    }

    /// The node's ancestors, the root element first, the node itself last.
    package var ancestors: [TreeNode] {
        var path: [TreeNode] = []
        var current: XMLNodePointer? = pointer
        while let each = current, each.pointee.type != XML_DOCUMENT_NODE {
            path.append(TreeNode(each))
            current = each.pointee.parent
        }
        return path.reversed()
    }

    /// Calls `visit` on every element strictly below this node, in document order.
    package func forEachElement(below visit: (TreeNode) -> Void) {
        TreeWalk.elements(below: pointer) { visit(TreeNode($0)) }
    }
}
