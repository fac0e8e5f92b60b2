import CLibXML2

extension SafeText {
    /// Inserts the pieces as nodes before `sibling` (or at the end of `parent` when `sibling`
    /// is `nil`). libxml2 escapes the text itself; no markup from the value can get in.
    package func insert(into parent: XMLNodePointer, before sibling: XMLNodePointer?) {
        let document = parent.pointee.doc
        let textNamespace = xmlSearchNsByHref(document, parent, Namespace.text)
            ?? xmlNewNs(xmlDocGetRootElement(document), Namespace.text, "text")
        for piece in pieces {
            let node: XMLNodePointer
            switch piece {
            case .text(let text):
                node = xmlNewDocText(document, text)
            case .lineBreak:
                node = xmlNewDocNode(document, textNamespace, "line-break", nil)
            case .tab:
                node = xmlNewDocNode(document, textNamespace, "tab", nil)
            case .spaces(let count):
                node = xmlNewDocNode(document, textNamespace, "s", nil)
                if count > 1 { xmlSetNsProp(node, textNamespace, "c", String(count)) }
            }
            if let sibling {
                sibling.insertBefore(node)
            } else {
                parent.appendChild(node)
            }
        }
    }
}
