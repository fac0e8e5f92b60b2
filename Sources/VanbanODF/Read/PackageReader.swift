import CLibXML2
import Foundation

/// Turns a packaged ODT (`.odt`, a zip) into the equivalent Flat ODT tree: `content.xml`,
/// `styles.xml`, `meta.xml` and `settings.xml` merged under one `office:document`, images from
/// `Pictures/` embedded as `office:binary-data`, `office:mimetype` set.
struct PackageReader {
    let archive: ZipReader
    let path: String
    let limits: ReadLimits

    /// Whether the bytes start like a zip file.
    static func isZip(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    init(data: Data, path: String, limits: ReadLimits) throws(ODFError) {
        do {
            archive = try ZipReader(data: data, limits: limits)
        } catch {
            throw error.odfError(path: path)
        }
        self.path = path
        self.limits = limits
        for entry in archive.entries where !Self.isSafeEntryName(entry.name) {
            throw .unsafeEntry(path: path, entry: entry.name)
        }
    }

    /// An entry name is safe when it stays inside the package: relative, no `..`, no backslash.
    static func isSafeEntryName(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }  // C:...
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The bytes of one entry, or `nil` when there is none; size, ratio and checksum checked.
    func entryData(_ name: String) throws(ODFError) -> Data? {
        guard let entry = archive[name] else { return nil }
        do {
            return try archive.contents(of: entry)
        } catch {
            throw error.odfError(path: path)
        }
    }

    /// Parses one XML part, or `nil` when it is absent.
    private func part(_ name: String) throws(ODFError) -> XMLDocPointer? {
        guard let data = try entryData(name) else { return nil }
        return try XMLParsing.parse(data, path: "\(path)/\(name)")
    }

    /// The merged `office:document`.
    func flatDocument() throws(ODFError) -> XMLDocPointer {
        let mimetype = try entryData("mimetype").flatMap { String(data: $0, encoding: .utf8) }
        guard let mimetype, mimetype.trimmingCharacters(in: .whitespacesAndNewlines) == textDocumentMediaType
        else { throw .notODF(path: path, found: mimetype) }

        guard let content = try part("content.xml") else {
            throw .missingPart(path: path, part: "content.xml")
        }
        var others: [XMLDocPointer] = []
        defer {
            xmlFreeDoc(content)
            others.forEach { xmlFreeDoc($0) }
        }
        // Each part is owned (freed on every path) as soon as it is parsed.
        let styles = try part("styles.xml")
        others += [styles].compactMap { $0 }
        let meta = try part("meta.xml")
        others += [meta].compactMap { $0 }
        let settings = try part("settings.xml")
        others += [settings].compactMap { $0 }

        let merger = PackageMerger(content: content, styles: styles, meta: meta, settings: settings)
        let flat = merger.merge()
        do {
            try embedPictures(in: flat)
        } catch {
            xmlFreeDoc(flat)
            throw error
        }
        return flat
    }

    /// Replaces `xlink:href="Pictures/…"` of images by the picture's bytes in `office:binary-data`,
    /// as LibreOffice's Flat ODT does.
    private func embedPictures(in document: XMLDocPointer) throws(ODFError) {
        guard let root = document.rootElement else { return }
        var images: [XMLNodePointer] = []
        TreeWalk.elements(below: root) { node in
            if node.isElement(Namespace.draw, "image") || node.isElement(Namespace.style, "background-image") {
                images.append(node)
            }
        }
        for image in images {
            guard let href = image.attribute(Namespace.xlink, "href"),
                !href.contains("://"), !href.hasPrefix("../"), !href.hasPrefix("#")
            else { continue }
            let name = href.hasPrefix("./") ? String(href.dropFirst(2)) : href
            guard Self.isSafeEntryName(name), let bytes = try entryData(name) else { continue }
            for attribute in ["href", "type", "show", "actuate"] {
                if let ns = xmlSearchNsByHref(document, image, Namespace.xlink) {
                    xmlUnsetNsProp(image, ns, attribute)
                }
            }
            let office = xmlSearchNsByHref(document, image, Namespace.office)
                ?? xmlNewNs(image, Namespace.office, "office")
            let encoded = bytes.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
            let binary = xmlNewDocNode(document, office, "binary-data", nil)!
            xmlAddChild(binary, xmlNewDocText(document, encoded))
            if let first = image.pointee.children {
                xmlAddPrevSibling(first, binary)
            } else {
                xmlAddChild(image, binary)
            }
        }
    }
}
