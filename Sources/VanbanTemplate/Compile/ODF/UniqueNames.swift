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

    static func mark(in root: TreeNode) -> [Name] {
        guard let body = root.firstChild(Namespace.office, "body") else { return [] }
        var names: [Name] = []
        body.forEachElement { element in
            let target: (namespace: String, introduces: Bool)?
            switch (element.namespaceURI, element.localName) {
            case (Namespace.table?, "table"): target = (Namespace.table, true)
            case (Namespace.draw?, _): target = (Namespace.draw, true)
            case (Namespace.text?, "section"), (Namespace.text?, "bookmark"), (Namespace.text?, "bookmark-start"):
                target = (Namespace.text, true)
            case (Namespace.text?, "bookmark-end"): target = (Namespace.text, false)
            default: target = nil
            }
            // The attribute is in `target.namespace`, so that namespace is declared where it stands.
            guard let target, let value = element.attribute(target.namespace, "name"), !value.isEmpty else { return }
            element.setAttribute(target.namespace, "name", to: "\(start)\(names.count)\(end)")
            names.append(Name(original: value, introduces: target.introduces))
        }
        return names
    }
}

/// Marks where the body's content starts and ends (after the declarations `office:text` opens
/// with), for one file with a page per record.
enum BodyMarkers {
    struct Marked {
        let firstBlock: TreeNode
    }

    private static let prelude: Set<String> = [
        "forms", "tracked-changes", "variable-decls", "sequence-decls", "user-field-decls", "dde-connection-decls",
        "alphabetical-index-auto-mark-file", "calculation-settings", "content-validations", "label-ranges",
    ]

    static func mark(in document: Document) -> Marked? {
        guard let text = document.rootNode?.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "text")
        else { return nil }
        // The first node of content: an element past the declarations, or a marker that took
        // the place of a paragraph (a value alone in it, a partial).
        guard let first = text.children.first(where: { node in
            (node.isElement && !prelude.contains(node.localName)) || node.kind == .instruction
        }) else { return nil }
        first.insertBefore(document.makeInstruction("vanban-body", "start"))
        text.appendChild(document.makeInstruction("vanban-body", "end"))
        return Marked(firstBlock: first)
    }
}

/// The style that makes the first block of each record after the first start a new page.
enum PageBreakStyle {
    /// The suffix of the variant that also starts the page numbers again at 1.
    static let restartSuffix = "_5f_1"

    /// A copy of a page-break style that also restarts page numbering: the first master page
    /// again, page number 1.
    static func restarting(_ style: TreeNode, in document: Document) -> TreeNode {
        let copy = style.copy()
        let name = style.attribute(Namespace.style, "name") ?? ""
        copy.setAttribute(Namespace.style, "name", to: name + restartSuffix)
        if let master = document.rootNode?.firstChild(Namespace.office, "master-styles")?
            .firstChild(Namespace.style, "master-page")?.attribute(Namespace.style, "name")
        {
            copy.setAttribute(Namespace.style, "master-page-name", to: master)
        }
        if let properties = copy.childElements.first(where: { $0.localName.hasSuffix("-properties") }) {
            properties.setAttribute(Namespace.style, "page-number", to: "1")
        }
        return copy
    }

    static let sentinel: Unicode.Scalar = "\u{E002}"

    /// Adds the styles to `office:automatic-styles` and puts the sentinel in the first block's
    /// style attribute. Returns the two style names.
    static func prepare(in document: Document, firstBlock: TreeNode) throws(TemplateError) -> (first: String, following: String)? {
        guard let root = document.rootNode else { return nil }
        var automatic = root.firstChild(Namespace.office, "automatic-styles")
        if automatic == nil {
            let node = document.makeElement(Namespace.office, "automatic-styles", prefix: "office")
            if let before = root.firstChild(Namespace.office, "master-styles") ?? root.firstChild(Namespace.office, "body") {
                before.insertBefore(node)
            }
            automatic = node
        }
        guard let automatic else { return nil }
        root.declareNamespace(Namespace.style, prefix: "style")
        root.declareNamespace(Namespace.fo, prefix: "fo")

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
            let style = document.makeElement(Namespace.style, "style", prefix: "style")
            style.setAttribute(Namespace.style, "name", to: "Vanban_5f_Trang_5f_Doan")
            style.setAttribute(Namespace.style, "family", to: "paragraph")
            let properties = document.makeElement(Namespace.style, "paragraph-properties", prefix: "style")
            properties.setAttribute(Namespace.fo, "break-before", to: "page")
            style.appendChild(properties)
            automatic.appendChild(style)
            automatic.appendChild(restarting(style, in: document))
            return nil
        }
        let newName = "Vanban_5f_Trang_5f_\(family == "table" ? "Bang" : "Doan")"
        let style: TreeNode
        if let automaticStyle = automatic.childElements.first(where: {
            $0.attribute(Namespace.style, "name") == original && $0.attribute(Namespace.style, "family") == family
        }) {
            style = automaticStyle.copy()
            style.setAttribute(Namespace.style, "name", to: newName)
        } else {
            style = document.makeElement(Namespace.style, "style", prefix: "style")
            style.setAttribute(Namespace.style, "name", to: newName)
            style.setAttribute(Namespace.style, "family", to: family)
            style.setAttribute(Namespace.style, "parent-style-name", to: original)
        }
        let properties: TreeNode
        if let existing = style.firstChild(Namespace.style, propertiesName) {
            properties = existing
        } else {
            properties = document.makeElement(Namespace.style, propertiesName, prefix: "style")
            style.prependChild(properties)
        }
        properties.setAttribute(Namespace.fo, "break-before", to: "page")
        automatic.appendChild(style)
        automatic.appendChild(restarting(style, in: document))
        var sentinelText = ""
        sentinelText.unicodeScalars.append(sentinel)
        firstBlock.setAttribute(attributeNS, "style-name", to: sentinelText)
        return (original, newName)
    }
}
