import CLibXML2

/// Builds one `office:document` from the parsed parts of a package, in the order the schema
/// wants: meta, settings, scripts, font faces, styles, automatic styles, master styles, body.
///
/// The parts' nodes are moved (adopted), not copied. Automatic styles of `styles.xml` whose
/// names clash with those of `content.xml` are renamed, with the references to them in the
/// master pages; font faces are merged by name.
struct PackageMerger {
    let content: XMLDocPointer
    let styles: XMLDocPointer?
    let meta: XMLDocPointer?
    let settings: XMLDocPointer?

    func merge() -> XMLDocPointer {
        let document = xmlNewDoc("1.0")!
        let root = xmlNewDocNode(document, nil, "document", nil)!
        xmlDocSetRootElement(document, root)
        for part in [content, styles, meta, settings].compactMap({ $0 }) {
            declareNamespaces(of: part, on: root)
        }
        let office = xmlSearchNsByHref(document, root, Namespace.office)
            ?? xmlNewNs(root, Namespace.office, "office")
        xmlSetNs(root, office)
        let version = content.rootElement?.attribute(Namespace.office, "version") ?? "1.3"
        xmlSetNsProp(root, office, "version", version)
        xmlSetNsProp(root, office, "mimetype", textDocumentMediaType)

        let contentRoot = content.rootElement!
        adopt(child("meta", of: meta), from: meta, into: document)
        adopt(child("settings", of: settings), from: settings, into: document)
        adopt(contentRoot.firstChild(Namespace.office, "scripts"), from: content, into: document)

        let contentFonts = contentRoot.firstChild(Namespace.office, "font-face-decls")
        let styleFonts = child("font-face-decls", of: styles)
        mergeByName(styleFonts, from: styles, into: contentFonts)
        adopt(contentFonts ?? styleFonts, from: contentFonts != nil ? content : styles, into: document)

        adopt(child("styles", of: styles), from: styles, into: document)

        let contentAutomatic = contentRoot.firstChild(Namespace.office, "automatic-styles")
        let styleAutomatic = child("automatic-styles", of: styles)
        let masters = child("master-styles", of: styles)
        if let contentAutomatic, let styleAutomatic {
            renameClashes(in: styleAutomatic, against: contentAutomatic, referencedFrom: masters)
            mergeByName(styleAutomatic, from: styles, into: contentAutomatic)
        }
        adopt(contentAutomatic ?? styleAutomatic, from: contentAutomatic != nil ? content : styles,
              into: document)
        adopt(masters, from: styles, into: document)
        adopt(contentRoot.firstChild(Namespace.office, "body"), from: content, into: document)
        return document
    }

    private func child(_ name: String, of part: XMLDocPointer?) -> XMLNodePointer? {
        part?.rootElement?.firstChild(Namespace.office, name)
    }

    /// Declares on `root` every namespace a part's root declares, unless the prefix is taken.
    private func declareNamespaces(of part: XMLDocPointer, on root: XMLNodePointer) {
        var ns = part.rootElement?.pointee.nsDef
        while let current = ns {
            defer { ns = current.pointee.next }
            guard let href = current.pointee.href else { continue }
            var taken = false
            var existing = root.pointee.nsDef
            while let declared = existing {
                if xmlStrEqual(declared.pointee.prefix, current.pointee.prefix) != 0 { taken = true }
                existing = declared.pointee.next
            }
            if !taken { xmlNewNs(root, href, current.pointee.prefix) }
        }
    }

    /// Moves `node` (from `source`) to the end of the new document's root.
    private func adopt(_ node: XMLNodePointer?, from source: XMLDocPointer?, into document: XMLDocPointer) {
        guard let node, let source, let root = document.rootElement else { return }
        xmlUnlinkNode(node)
        xmlDOMWrapAdoptNode(nil, source, node, document, root, 0)
        xmlAddChild(root, node)
    }

    /// Moves the children of `from` whose `style:name` is not yet in `into` to the end of `into`.
    private func mergeByName(_ from: XMLNodePointer?, from source: XMLDocPointer?, into target: XMLNodePointer?) {
        guard let from, let target, let source, let targetDocument = target.pointee.doc else { return }
        let names = Set(target.childElements.compactMap { $0.attribute(Namespace.style, "name") })
        for node in from.childElements {
            if let name = node.attribute(Namespace.style, "name"), names.contains(name) { continue }
            xmlUnlinkNode(node)
            xmlDOMWrapAdoptNode(nil, source, node, targetDocument, target, 0)
            xmlAddChild(target, node)
        }
    }

    /// Gives a fresh name to each automatic style of `styles.xml` whose name `content.xml` uses
    /// too, and follows the rename in every `…style-name`/`…layout-name` reference below
    /// `masters` and `automatic`.
    private func renameClashes(in automatic: XMLNodePointer, against content: XMLNodePointer,
                               referencedFrom masters: XMLNodePointer?) {
        var used = Set(content.childElements.compactMap { $0.attribute(Namespace.style, "name") })
        used.formUnion(automatic.childElements.compactMap { $0.attribute(Namespace.style, "name") })
        var renames: [String: String] = [:]
        for node in automatic.childElements {
            guard let name = node.attribute(Namespace.style, "name"),
                content.childElements.contains(where: { $0.attribute(Namespace.style, "name") == name })
            else { continue }
            var counter = 1
            var fresh = "\(name)_m\(counter)"
            while used.contains(fresh) {
                counter += 1
                fresh = "\(name)_m\(counter)"
            }
            used.insert(fresh)
            renames[name] = fresh
            let style = xmlSearchNsByHref(node.pointee.doc, node, Namespace.style)
            xmlSetNsProp(node, style, "name", fresh)
        }
        guard !renames.isEmpty else { return }
        for scope in [automatic, masters].compactMap({ $0 }) {
            TreeWalk.elements(below: scope) { element in
                var attribute = element.pointee.properties
                while let current = attribute {
                    defer { attribute = current.pointee.next }
                    let name = String(cString: current.pointee.name)
                    guard name.hasSuffix("style-name") || name.hasSuffix("layout-name"),
                        let value = xmlGetNsProp(element, current.pointee.name, current.pointee.ns?.pointee.href)
                    else { continue }
                    defer { vanban_xmlFree(value) }
                    if let fresh = renames[String(cString: value)] {
                        xmlSetNsProp(element, current.pointee.ns, current.pointee.name, fresh)
                    }
                }
            }
        }
    }
}
