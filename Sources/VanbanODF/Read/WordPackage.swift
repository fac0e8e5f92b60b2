import CLibXML2
import Foundation
import ZIPFoundation

/// A Word document (`.docx`, Office Open XML) read as the entries of its package, with the
/// hardening of `.odt`: the file and each part bounded in size, each part's compression ratio
/// bounded (a zip bomb is refused before it is inflated), entry names that stay inside the
/// package, and XML parsed by ``XMLParsing`` (no DTD, no external entity).
package struct WordPackage {
    /// One entry of the package: its name and its bytes.
    package struct Entry {
        package let name: String
        package let data: Data
    }

    /// Where the package came from, as given (for messages).
    package let path: String
    /// Every file entry, in the package's order.
    package let entries: [Entry]
    /// The main document part (`word/document.xml`), as `_rels/.rels` names it.
    package let mainPart: String

    /// A part that inflates more than this many times its compressed size, once over 1 MB, is
    /// refused: real WordprocessingML compresses 5 to 50 times.
    package static let maxRatio = 200

    /// Reads the package at `url`.
    package init(contentsOf url: URL, limits: ReadLimits = .standard) throws(ODFError) {
        let path = url.relativePath
        guard let size = FileFacts(path: url.path)?.size else { throw .fileNotFound(path: path) }
        if size > limits.maxFileBytes { throw .tooLarge(path: path, bytes: size, limit: limits.maxFileBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(data: data, path: path, limits: limits)
    }

    /// Reads a package from its bytes; `path` names it in messages.
    package init(data: Data, path: String, limits: ReadLimits = .standard) throws(ODFError) {
        guard PackageReader.isZip(data) else {
            throw .unreadable(path: path, reason: "không phải tệp Word .docx: không phải gói zip")
        }
        if data.count > limits.maxFileBytes { throw .tooLarge(path: path, bytes: data.count, limit: limits.maxFileBytes) }
        let reader = try PackageReader(data: data, path: path, limits: limits)
        var entries: [Entry] = []
        var total = 0
        // Sizes, ratio and checksum of each entry are checked by the zip reader as it inflates.
        for entry in reader.archive.entries where !entry.name.hasSuffix("/") {
            guard let bytes = try reader.entryData(entry.name) else { continue }
            total += bytes.count
            if total > limits.maxPartBytes { throw .tooLarge(path: path, bytes: total, limit: limits.maxPartBytes) }
            entries.append(Entry(name: entry.name, data: bytes))
        }
        self.path = path
        self.entries = entries
        guard entries.contains(where: { $0.name == "[Content_Types].xml" }) else {
            throw .missingPart(path: path, part: "[Content_Types].xml")
        }
        var main = "word/document.xml"
        if let rels = entries.first(where: { $0.name == "_rels/.rels" }) {
            for relationship in try Self.relationships(rels.data, path: "\(path)/_rels/.rels")
            where relationship.type.hasSuffix("/officeDocument") {
                main = relationship.target.hasPrefix("/") ? String(relationship.target.dropFirst()) : relationship.target
            }
        }
        guard entries.contains(where: { $0.name == main }) else { throw .missingPart(path: path, part: main) }
        mainPart = main
    }

    /// The bytes of the entry `name`, or `nil`.
    package func data(_ name: String) -> Data? {
        entries.first(where: { $0.name == name })?.data
    }

    /// The entry `name` parsed (hardened); the caller frees the tree.
    func xml(_ name: String) throws(ODFError) -> XMLDocPointer {
        guard let data = data(name) else { throw .missingPart(path: path, part: name) }
        return try XMLParsing.parse(data, path: "\(path)/\(name)")
    }

    /// A relationship of a `.rels` part.
    package struct Relationship {
        package let id: String
        package let type: String
        package let target: String
        /// `TargetMode="External"`: a link out of the package.
        package let isExternal: Bool
    }

    /// The relationships of the `.rels` part `data`.
    package static func relationships(_ data: Data, path: String) throws(ODFError) -> [Relationship] {
        let document = try XMLParsing.parse(data, path: path)
        defer { xmlFreeDoc(document) }
        guard let root = document.rootElement else { return [] }
        return root.childElements.filter { $0.localName == "Relationship" }.map { node in
            Relationship(id: node.plainAttribute("Id") ?? "", type: node.plainAttribute("Type") ?? "",
                         target: node.plainAttribute("Target") ?? "",
                         isExternal: node.plainAttribute("TargetMode") == "External")
        }
    }

    /// The `.rels` part of the part `name` (`word/_rels/document.xml.rels` for `word/document.xml`).
    package static func relationshipsPart(of name: String) -> String {
        let folder = (name as NSString).deletingLastPathComponent
        let file = (name as NSString).lastPathComponent
        return folder.isEmpty ? "_rels/\(file).rels" : "\(folder)/_rels/\(file).rels"
    }

    /// The entry a relationship of the part `source` points at: `Target` is relative to the
    /// source's folder (`../` climbs), or absolute from the package's root.
    package static func resolve(_ target: String, from source: String) -> String {
        var components = target.hasPrefix("/") ? [] : source.split(separator: "/").dropLast().map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." {
                _ = components.popLast()
            } else if component != "." {
                components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    /// A package made of `entries`, each deflated, in order, with a fixed time stamp.
    package static func zip(_ entries: [(String, Data)], path: String) throws(ODFError) -> Data {
        try PackageWriter.archive(from: Data(), mode: .create, path: path) { archive in
            for (name, data) in entries { try PackageWriter.add(name, data, to: archive, compressed: true) }
        }
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The value of the attribute `name` that has no namespace.
    package func plainAttribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(self, name) else { return nil }
        defer { vanban_xmlFree(value) }
        return String(cString: value)
    }
}
