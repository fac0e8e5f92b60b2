import CLibXML2

extension TreeNode {
    /// Links `node` (unlinked, of the same document) just before this node. Adjacent text
    /// nodes are never merged, so every node stays valid.
    package func insertBefore(_ node: TreeNode) { pointer.insertBefore(node.pointer) }

    /// Links `node` (unlinked, of the same document) just after this node, never merging text.
    package func insertAfter(_ node: TreeNode) {
        if let next = pointer.pointee.next {
            next.insertBefore(node.pointer)
        } else if let parent = pointer.pointee.parent {
            parent.appendChild(node.pointer)
        }
    }

    /// Links `node` (unlinked, of the same document) as the last child, never merging text.
    package func appendChild(_ node: TreeNode) { pointer.appendChild(node.pointer) }

    /// Links `node` (unlinked, of the same document) as the first child.
    package func prependChild(_ node: TreeNode) {
        if let first = pointer.pointee.children { first.insertBefore(node.pointer) } else { pointer.appendChild(node.pointer) }
    }

    /// Takes the node out of the tree, to be linked again elsewhere in the same document (an
    /// unlinked node that is never linked again is lost until ``remove()``).
    @discardableResult
    package func unlink() -> TreeNode {
        xmlUnlinkNode(pointer)
        return self
    }

    /// Takes the node and its descendants out of the tree and frees them: this value and any
    /// other naming them must not be used again.
    package func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// Removes every child node.
    package func removeChildren() {
        while let child = pointer.pointee.children {
            xmlUnlinkNode(child)
            xmlFreeNode(child)
        }
    }

    /// A deep copy in the same document, unlinked.
    package func copy() -> TreeNode {
        TreeNode(xmlDocCopyNode(pointer, pointer.pointee.doc, 1))
    }

    /// A copy of the element with its attributes and namespaces but no children, unlinked.
    package func copyWithoutChildren() -> TreeNode {
        TreeNode(xmlDocCopyNode(pointer, pointer.pointee.doc, 2))
    }

    /// The XML of the node and its descendants, as written in the document.
    package var xmlString: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, pointer.pointee.doc, pointer, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
