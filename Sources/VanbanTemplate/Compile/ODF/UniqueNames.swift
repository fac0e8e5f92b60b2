import CLibXML2
import VanbanODF

/// Names ODF and LibreOffice want unique in a document (tables, frames, sections, bookmarks),
/// replaced by a sentinel that the splitter turns into a numbering slot.
enum UniqueNames {
    struct Name {
        let original: String
        /// False for the end of a bookmark, which repeats its start's name.
        let introduces: Bool
    }

    static let start: Unicode.Scalar = "\u{E000}"
    static let end: Unicode.Scalar = "\u{E001}"

    static func mark(in root: XMLNodePointer) -> [Name] {
        guard let body = root.firstChild(Namespace.office, "body") else { return [] }
        var names: [Name] = []
        TreeWalk.elements(below: body) { element in
            let target: (namespace: String, introduces: Bool)?
            switch (element.namespaceURI, element.localName) {
            case (Namespace.table?, "table"): target = (Namespace.table, true)
            case (Namespace.draw?, _): target = (Namespace.draw, true)
            case (Namespace.text?, "section"), (Namespace.text?, "bookmark"), (Namespace.text?, "bookmark-start"):
                target = (Namespace.text, true)
            case (Namespace.text?, "bookmark-end"): target = (Namespace.text, false)
            default: target = nil
            }
            guard let target, let value = element.attribute(target.namespace, "name"), !value.isEmpty,
                let ns = xmlSearchNsByHref(element.pointee.doc, element, target.namespace)
            else { return }
            xmlSetNsProp(element, ns, "name", "\(start)\(names.count)\(end)")
            names.append(Name(original: value, introduces: target.introduces))
        }
        return names
    }
}

/// Marks where the body's content starts and ends (after the declarations `office:text` opens
/// with), for one file with a page per record.
enum BodyMarkers {
    struct Marked {
        let firstBlock: XMLNodePointer
    }

    private static let prelude: Set<String> = [
        "forms", "tracked-changes", "variable-decls", "sequence-decls", "user-field-decls", "dde-connection-decls",
        "alphabetical-index-auto-mark-file", "calculation-settings", "content-validations", "label-ranges",
    ]

    static func mark(in document: XMLDocPointer) -> Marked? {
        guard let text = document.rootElement?.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "text")
        else { return nil }
        // The first node of content: an element past the declarations, or a marker that took
        // the place of a paragraph (a value alone in it, a partial).
        guard let first = text.children.first(where: { node in
            (node.isElement && !prelude.contains(node.localName)) || node.pointee.type == XML_PI_NODE
        }) else { return nil }
        first.insertBefore(xmlNewDocPI(document, "vanban-body", "start"))
        text.appendChild(xmlNewDocPI(document, "vanban-body", "end"))
        return Marked(firstBlock: first)
    }
}

/// The style that makes the first block of each record after the first start a new page.
enum PageBreakStyle {
    /// The suffix of the variant that also starts the page numbers again at 1.
    static let restartSuffix = "_5f_1"

    /// A copy of a page-break style that also restarts page numbering: the first master page
    /// again, page number 1.
    static func restarting(_ style: XMLNodePointer, in document: XMLDocPointer) -> XMLNodePointer {
        let copy = xmlDocCopyNode(style, document, 1)!
        let styleNS = xmlSearchNsByHref(document, style, Namespace.style)
        let name = style.attribute(Namespace.style, "name") ?? ""
        xmlSetNsProp(copy, styleNS, "name", name + restartSuffix)
        if let master = document.rootElement?.firstChild(Namespace.office, "master-styles")?
            .firstChild(Namespace.style, "master-page")?.attribute(Namespace.style, "name")
        {
            xmlSetNsProp(copy, styleNS, "master-page-name", master)
        }
        if let properties = copy.childElements.first(where: { $0.localName.hasSuffix("-properties") }) {
            xmlSetNsProp(properties, styleNS, "page-number", "1")
        }
        return copy
    }

    static let sentinel: Unicode.Scalar = "\u{E002}"

    /// Adds the styles to `office:automatic-styles` and puts the sentinel in the first block's
    /// style attribute. Returns the two style names.
    static func prepare(in document: XMLDocPointer, firstBlock: XMLNodePointer) throws(TemplateError) -> (first: String, following: String)? {
        guard let root = document.rootElement else { return nil }
        var automatic = root.firstChild(Namespace.office, "automatic-styles")
        if automatic == nil {
            let office = xmlSearchNsByHref(document, root, Namespace.office)
            let node = xmlNewDocNode(document, office, "automatic-styles", nil)!
            if let before = root.firstChild(Namespace.office, "master-styles") ?? root.firstChild(Namespace.office, "body") {
                before.insertBefore(node)
            }
            automatic = node
        }
        guard let automatic else { return nil }
        let styleNS = xmlSearchNsByHref(document, root, Namespace.style) ?? xmlNewNs(root, Namespace.style, "style")
        let foNS = xmlSearchNsByHref(document, root, Namespace.fo) ?? xmlNewNs(root, Namespace.fo, "fo")

        var (family, attributeNS, propertiesName) = ("paragraph", Namespace.text, "paragraph-properties")
        if firstBlock.isElement(Namespace.table, "table") {
            (family, attributeNS, propertiesName) = ("table", Namespace.table, "table-properties")
        } else if !(firstBlock.isElement(Namespace.text, "p") || firstBlock.isElement(Namespace.text, "h")) {
            attributeNS = ""  // no style attribute of its own to carry the break
        }
        let original = firstBlock.isElement ? firstBlock.attribute(attributeNS, "style-name") : nil
        guard let original else {
            // A list, a section, a value's marker or a block without a style first: records
            // are separated by an empty paragraph with this style (PageLayout.breakParagraph).
            let style = xmlNewDocNode(document, styleNS, "style", nil)!
            xmlSetNsProp(style, styleNS, "name", "Vanban_5f_Trang_5f_Doan")
            xmlSetNsProp(style, styleNS, "family", "paragraph")
            let properties = xmlNewDocNode(document, styleNS, "paragraph-properties", nil)!
            xmlSetNsProp(properties, foNS, "break-before", "page")
            style.appendChild(properties)
            automatic.appendChild(style)
            automatic.appendChild(restarting(style, in: document))
            return nil
        }
        let newName = "Vanban_5f_Trang_5f_\(family == "table" ? "Bang" : "Doan")"
        let style: XMLNodePointer
        if let automaticStyle = automatic.childElements.first(where: {
            $0.attribute(Namespace.style, "name") == original && $0.attribute(Namespace.style, "family") == family
        }) {
            style = xmlDocCopyNode(automaticStyle, document, 1)
            xmlSetNsProp(style, styleNS, "name", newName)
        } else {
            style = xmlNewDocNode(document, styleNS, "style", nil)
            xmlSetNsProp(style, styleNS, "name", newName)
            xmlSetNsProp(style, styleNS, "family", family)
            xmlSetNsProp(style, styleNS, "parent-style-name", original)
        }
        var properties = style.firstChild(Namespace.style, propertiesName)
        if properties == nil {
            let node = xmlNewDocNode(document, styleNS, propertiesName, nil)!
            if let first = style.pointee.children { first.insertBefore(node) } else { style.appendChild(node) }
            properties = node
        }
        xmlSetNsProp(properties, foNS, "break-before", "page")
        automatic.appendChild(style)
        automatic.appendChild(restarting(style, in: document))
        let attributeNamespace = xmlSearchNsByHref(document, firstBlock, attributeNS)
        var sentinelText = ""
        sentinelText.unicodeScalars.append(sentinel)
        xmlSetNsProp(firstBlock, attributeNamespace, "style-name", sentinelText)
        return (original, newName)
    }
}
