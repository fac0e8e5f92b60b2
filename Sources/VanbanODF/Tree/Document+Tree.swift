import CLibXML2
import Foundation

extension Document {
    /// The root element, or `nil` for a tree without one.
    package var rootNode: TreeNode? { xml.rootElement.map(TreeNode.init) }

    /// A new element `{namespace}name`, unlinked; `namespace` is declared on the root element
    /// with `prefix` unless the root already declares it.
    package func makeElement(_ namespace: String, _ name: String, prefix: String) -> TreeNode {
        var declared: UnsafeMutablePointer<xmlNs>?
        if let root = xml.rootElement {
            declared = xmlSearchNsByHref(xml, root, namespace) ?? xmlNewNs(root, namespace, prefix)
        }
        return TreeNode(xmlNewDocNode(xml, declared, name, nil))
    }

    /// A new text node, unlinked. The text is escaped when written.
    package func makeText(_ text: String) -> TreeNode {
        TreeNode(xmlNewDocText(xml, text))
    }

    /// A new processing instruction `<?target content?>`, unlinked.
    package func makeInstruction(_ target: String, _ content: String?) -> TreeNode {
        TreeNode(xmlNewDocPI(xml, target, content))
    }

    /// The tree as UTF-8 bytes, exactly as it is (no pretty-printing).
    package var xmlData: Data { XMLSerialization.data(of: xml) }
}
