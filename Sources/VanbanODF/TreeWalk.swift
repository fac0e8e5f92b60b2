import CLibXML2

/// Depth-first walks over libxml2 trees (other modules walk with ``TreeNode/forEachElement(below:)``).
enum TreeWalk {
    /// Calls `visit` on every element strictly below `node`, in document order.
    static func elements(below node: XMLNodePointer, _ visit: (XMLNodePointer) -> Void) {
        var child = node.pointee.children
        while let current = child {
            if current.isElement {
                visit(current)
                elements(below: current, visit)
            }
            child = current.pointee.next
        }
    }
}
