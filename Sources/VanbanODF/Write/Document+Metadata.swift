import CLibXML2

extension Document {
    /// Writes `metadata` into `office:meta` (created when missing): `dc:title`, `dc:subject` and
    /// one `meta:user-defined` per property, replacing earlier ones of the same names.
    public func setMetadata(_ metadata: DocumentMetadata) {
        let root = self.root
        var meta = root.firstChild(Namespace.office, "meta")
        if meta == nil {
            let node = xmlNewDocNode(xml, xmlSearchNsByHref(xml, root, Namespace.office), "meta", nil)!
            if let first = root.childElements.first { first.insertBefore(node) } else { root.appendChild(node) }
            meta = node
        }
        guard let meta else { return }
        let dc = xmlSearchNsByHref(xml, root, Namespace.dc) ?? xmlNewNs(root, Namespace.dc, "dc")
        let metaNS = xmlSearchNsByHref(xml, root, Namespace.meta) ?? xmlNewNs(root, Namespace.meta, "meta")
        let names = Set(metadata.properties.map(\.name))
        for child in meta.childElements {
            let replaced = child.isElement(Namespace.dc, "title") || child.isElement(Namespace.dc, "subject")
                || (child.isElement(Namespace.meta, "user-defined") && names.contains(child.attribute(Namespace.meta, "name") ?? ""))
            if replaced {
                xmlUnlinkNode(child)
                xmlFreeNode(child)
            }
        }
        func element(_ namespace: UnsafeMutablePointer<xmlNs>?, _ name: String, _ text: String) -> XMLNodePointer {
            let node = xmlNewDocNode(xml, namespace, name, nil)!
            xmlNodeAddContent(node, text)
            return node
        }
        meta.appendChild(element(dc, "title", metadata.title))
        meta.appendChild(element(dc, "subject", metadata.subject))
        for (name, value) in metadata.properties where !value.isEmpty {
            let node = element(metaNS, "user-defined", value)
            xmlSetNsProp(node, metaNS, "name", name)
            meta.appendChild(node)
        }
    }

    /// The user-defined properties of `office:meta`, by name.
    public var userDefinedMetadata: [String: String] {
        guard let meta = root.firstChild(Namespace.office, "meta") else { return [:] }
        var result: [String: String] = [:]
        for child in meta.childElements where child.isElement(Namespace.meta, "user-defined") {
            if let name = child.attribute(Namespace.meta, "name") { result[name] = child.content }
        }
        return result
    }
}
