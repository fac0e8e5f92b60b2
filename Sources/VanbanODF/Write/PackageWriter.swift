import CLibXML2
import Foundation
import ZIPFoundation

/// Turns an `office:document` tree into a packaged ODT (`.odt`): `mimetype` first and stored
/// uncompressed, then `content.xml`, `styles.xml`, `meta.xml`, `settings.xml`, the pictures
/// that were embedded as `office:binary-data`, and `META-INF/manifest.xml` listing them all.
package struct PackageWriter {
    let document: Document

    /// A fixed time stamp for every entry, so the same document gives the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    func data() throws(ODFError) -> Data {
        let split = Self.parts(of: document)
        return try Self.zip(parts: split.parts.map { ($0.name, XMLSerialization.data(of: $0.document.xml)) },
                            pictures: split.pictures, version: document.version ?? "1.3", path: document.path)
    }

    /// An XML part of a package and the pictures taken out of the tree.
    package struct Parts {
        package var parts: [(name: String, document: Document)]
        package var pictures: [(name: String, mediaType: String, data: Data)]
    }

    /// The document cut into the parts of a package: `content.xml`, `styles.xml`, `meta.xml`,
    /// `settings.xml` (each an independent tree), and the embedded pictures.
    package static func parts(of document: Document) -> Parts {
        let source = document.xml
        let sourceRoot = document.root
        let version = document.version ?? "1.3"
        var parts: [(name: String, document: Document)] = []
        let layout: [(String, String, [String])] = [
            ("content.xml", "document-content", ["scripts", "font-face-decls", "automatic-styles", "body"]),
            ("styles.xml", "document-styles", ["font-face-decls", "styles", "automatic-styles", "master-styles"]),
            ("meta.xml", "document-meta", ["meta"]),
            ("settings.xml", "document-settings", ["settings"]),
        ]
        for (name, rootName, children) in layout {
            let present = children.compactMap { sourceRoot.firstChild(Namespace.office, $0) }
            if present.isEmpty && name != "content.xml" && name != "styles.xml" { continue }
            let xml = Self.part(rootName, version: version, from: source, copying: present)
            parts.append((name, Document(adopting: xml, path: "\(document.path)/\(name)")))
        }
        var pictures: [(name: String, mediaType: String, data: Data)] = []
        for part in parts {
            pictures += Self.extractPictures(from: part.document.xml, numberingFrom: pictures.count)
        }
        return Parts(parts: parts, pictures: pictures)
    }

    /// A package from its XML parts' bytes and its pictures: `mimetype` first and stored,
    /// the manifest listing everything (`listed` parts too, added later by ``append(_:to:path:)``).
    package static func zip(parts: [(String, Data)], pictures: [(name: String, mediaType: String, data: Data)],
                            version: String, path: String, listed: [String] = []) throws(ODFError) -> Data {
        var entries: [(String, Data)] = parts
        entries += pictures.map { ($0.name, $0.data) }
        let manifest = Manifest(
            version: version,
            files: (parts.map(\.0) + listed).map { ($0, "text/xml") } + pictures.map { ($0.name, $0.mediaType) })
        entries.append(("META-INF/manifest.xml", manifest.data()))
        return try archive(from: Data(), mode: .create, path: path) { archive in
            try Self.add("mimetype", Data(textDocumentMediaType.utf8), to: archive, compressed: false)
            for (name, data) in entries {
                try Self.add(name, data, to: archive, compressed: true)
            }
        }
    }

    /// A package made of a prepared one (its fixed parts, compressed once) and `parts` added,
    /// stored uncompressed (ODF allows both), as issue 15 suggests for per-record parts. Deflating
    /// them was tried twice (ac1fe11, 6fd68ca: ISA-L's stateless level 0, 3 µs for a
    /// certificate's 3 KB `content.xml`, where zlib took 60). A certificate's `.odt` became
    /// 2.7 KB instead of 4.3 (one 4 KB block instead of two), and 2,000 certificates took 42.6
    /// instead of 44.0 ms on tmpfs, 67.8 instead of 72.1 ms on ext4 (A/B medians). But the floor
    /// they are held to (the same number of files of the same size, written by C) fell more,
    /// from 22 to 17 ms on tmpfs: vanban's time went from 2.3–2.5× the floor to 2.9×, over the
    /// 2.5× the issue allows. So parts stay stored.
    package static func append(_ parts: [(String, Data)], to package: Data, path: String) throws(ODFError) -> Data {
        // The package's end record (no comment: vanban made it) says where its directory is;
        // the new entries go between its entries and its directory, which is written after
        // them with theirs.
        let endSize = 22
        guard package.count >= endSize, ZipHeaders.read(package, at: package.count - endSize, width: 4) == 0x0605_4b50 else {
            throw .cannotWrite(path: path, reason: "zip")
        }
        let count = ZipHeaders.read(package, at: package.count - endSize + 10, width: 2)
        let directorySize = ZipHeaders.read(package, at: package.count - endSize + 12, width: 4)
        let directoryStart = ZipHeaders.read(package, at: package.count - endSize + 16, width: 4)
        guard directoryStart + directorySize + endSize == package.count else { throw .cannotWrite(path: path, reason: "zip") }
        var bytes = Data(capacity: package.count + parts.reduce(0) { $0 + $1.1.count + 2 * (46 + $1.0.utf8.count) })
        bytes.append(package[package.startIndex..<package.startIndex + directoryStart])
        var entries: [ZipHeaders.Entry] = []
        for (name, data) in parts {
            var entry = ZipHeaders.Entry(name: Array(name.utf8), compressed: false, offset: bytes.count)
            entry.crc = ZipHeaders.crc(data)
            entry.size = data.count
            entry.compressedSize = data.count
            bytes.append(contentsOf: ZipHeaders.local(entry))
            bytes.append(data)
            entries.append(entry)
        }
        let start = bytes.count
        bytes.append(package[package.startIndex + directoryStart..<package.startIndex + directoryStart + directorySize])
        for entry in entries { bytes.append(contentsOf: ZipHeaders.central(entry)) }
        guard bytes.count < ZipHeaders.limit else { throw .cannotWrite(path: path, reason: SystemReason.describe(EFBIG)) }
        bytes.append(contentsOf: ZipHeaders.end(count: count + entries.count, size: bytes.count - start, offset: start))
        return bytes
    }

    /// An in-memory archive opened on `data`, filled by `fill`, as bytes; zip errors become
    /// ``ODFError/cannotWrite(path:reason:)``.
    static func archive(from data: Data, mode: Archive.AccessMode, path: String,
                                _ fill: (Archive) throws -> Void) throws(ODFError) -> Data {
        do {
            let archive = try Archive(data: data, accessMode: mode)
            try fill(archive)
            guard let bytes = archive.data else { throw ODFError.cannotWrite(path: path, reason: "zip") }
            return bytes
        } catch let error as ODFError {
            throw error
        } catch {
            throw .cannotWrite(path: path, reason: "không tạo được gói zip: \(error)")
        }
    }

    static func add(_ name: String, _ data: Data, to archive: Archive, compressed: Bool) throws {
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
            compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// A new part whose root `office:<rootName>` declares the source root's namespaces and holds
    /// deep copies of `children`.
    private static func part(_ rootName: String, version: String, from source: XMLDocPointer,
                             copying children: [XMLNodePointer]) -> XMLDocPointer {
        let part = xmlNewDoc("1.0")!
        let root = xmlNewDocNode(part, nil, rootName, nil)!
        xmlDocSetRootElement(part, root)
        var ns = source.rootElement?.pointee.nsDef
        while let current = ns {
            xmlNewNs(root, current.pointee.href, current.pointee.prefix)
            ns = current.pointee.next
        }
        let office = xmlSearchNsByHref(part, root, Namespace.office) ?? xmlNewNs(root, Namespace.office, "office")
        xmlSetNs(root, office)
        xmlSetNsProp(root, office, "version", version)
        for child in children {
            var copy: XMLNodePointer?
            xmlDOMWrapCloneNode(nil, source, child, &copy, part, root, 1, 0)
            if let copy { xmlAddChild(root, copy) }
        }
        return part
    }

    /// Moves every `office:binary-data` picture of `part` into its own entry under `Pictures/`
    /// and points the image at it.
    private static func extractPictures(from part: XMLDocPointer, numberingFrom start: Int)
        -> [(name: String, mediaType: String, data: Data)]
    {
        guard let root = part.rootElement else { return [] }
        var binaries: [XMLNodePointer] = []
        TreeWalk.elements(below: root) { node in
            if node.isElement(Namespace.office, "binary-data") { binaries.append(node) }
        }
        var pictures: [(name: String, mediaType: String, data: Data)] = []
        for binary in binaries {
            guard let image = binary.pointee.parent,
                let bytes = Data(base64Encoded: binary.content, options: .ignoreUnknownCharacters)
            else { continue }
            let (fileExtension, mediaType) = PictureType.detect(bytes)
            let name = "Pictures/\(start + pictures.count + 1).\(fileExtension)"
            let xlink = xmlSearchNsByHref(part, image, Namespace.xlink) ?? xmlNewNs(root, Namespace.xlink, "xlink")
            xmlSetNsProp(image, xlink, "href", name)
            xmlSetNsProp(image, xlink, "type", "simple")
            xmlSetNsProp(image, xlink, "show", "embed")
            xmlSetNsProp(image, xlink, "actuate", "onLoad")
            xmlUnlinkNode(binary)
            xmlFreeNode(binary)
            pictures.append((name, mediaType, bytes))
        }
        return pictures
    }
}

/// The picture formats told by their first bytes.
enum PictureType {
    static func detect(_ bytes: Data) -> (fileExtension: String, mediaType: String) {
        let head = [UInt8](bytes.prefix(8))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return ("png", "image/png") }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return ("jpg", "image/jpeg") }
        if head.starts(with: Array("GIF8".utf8)) { return ("gif", "image/gif") }
        if head.starts(with: Array("<svg".utf8)) || head.starts(with: Array("<?xml".utf8)) {
            return ("svg", "image/svg+xml")
        }
        return ("bin", "application/octet-stream")
    }
}
