import CLibXML2

extension TreeNode {
    /// One attribute of an element, as written.
    package struct Attribute {
        /// The prefix it is written with, or `nil`.
        package let prefix: String?
        package let localName: String
        package let namespaceURI: String?
        package let value: String
    }

    /// The value of the attribute `{namespace}name`.
    package func attribute(_ namespace: String, _ name: String) -> String? { pointer.attribute(namespace, name) }

    /// The value of the attribute `name` that has no namespace (`r`, `t`, `name` in OOXML).
    package func plainAttribute(_ name: String) -> String? { pointer.plainAttribute(name) }

    /// The element's attributes, in the order they are written.
    package var attributes: [Attribute] {
        var result: [Attribute] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let href = current.pointee.ns?.pointee.href
            let value = xmlGetNsProp(pointer, current.pointee.name, href).map { text -> String in
                defer { vanban_xmlFree(text) }
                return String(cString: text)
            } ?? ""
            result.append(Attribute(prefix: current.pointee.ns?.pointee.prefix.map { String(cString: $0) },
                                    localName: String(cString: current.pointee.name),
                                    namespaceURI: href.map { String(cString: $0) }, value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Sets the attribute `{namespace}name` to `value`, with the prefix declared for `namespace`
    /// where the element stands, by the element itself, or on the root element (an element not
    /// linked yet stands nowhere); without a namespace when none is declared.
    package func setAttribute(_ namespace: String, _ name: String, to value: String) {
        let document = pointer.pointee.doc
        var declared = xmlSearchNsByHref(document, pointer, namespace)
        if declared == nil, let own = pointer.pointee.ns, let href = own.pointee.href, xmlStrEqual(href, namespace) != 0 {
            declared = own
        }
        if declared == nil, let root = xmlDocGetRootElement(document) {
            declared = xmlSearchNsByHref(document, root, namespace)
        }
        xmlSetNsProp(pointer, declared, name, value)
    }

    /// Removes the attribute `{namespace}name`, if the element has it.
    package func removeAttribute(_ namespace: String, _ name: String) {
        if let attribute = xmlHasNsProp(pointer, name, namespace) { xmlRemoveProp(attribute) }
    }

    /// Marks the element's text as significant white space (`xml:space="preserve"`).
    package func preserveSpace() {
        xmlNodeSetSpacePreserve(pointer, 1)
    }

    /// Declares `namespace` with `prefix` on this element unless it is declared where the
    /// element stands.
    package func declareNamespace(_ namespace: String, prefix: String) {
        if xmlSearchNsByHref(pointer.pointee.doc, pointer, namespace) == nil { xmlNewNs(pointer, namespace, prefix) }
    }
}
