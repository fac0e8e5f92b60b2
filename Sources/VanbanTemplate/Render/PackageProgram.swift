import Foundation
import VanbanData
import VanbanODF

/// An ODF template compiled a second time for packaged output (`.odt`): `content.xml` and
/// `styles.xml` compiled as templates of their own, the other parts and the pictures kept as
/// bytes. A record then renders straight into the package's parts, with no parsing.
struct PackageProgram {
    struct Part {
        let name: String
        /// The compiled part, or `nil` for a part without tags, kept as `bytes`.
        let nodes: [Node]?
        let bytes: Data
    }

    /// The parts with tags, rendered per record.
    let parts: [Part]
    /// A package holding every fixed part, compressed once; each record's parts are added to a copy.
    let base: Data
    let path: String

    init(document: Document) throws(TemplateError) {
        let split = PackageWriter.parts(of: document)
        var parts: [Part] = []
        for part in split.parts {
            let bytes = part.document.fodtData()
            if part.name == "content.xml" || part.name == "styles.xml",
                String(decoding: bytes, as: UTF8.self).contains("{{")
            {
                let compiled = try ODFCompiler(document: part.document, partialFolder: URL(fileURLWithPath: document.path)
                    .deletingLastPathComponent()).compile()
                parts.append(Part(name: part.name, nodes: try Parser(file: document.path).parse(compiled.tokens), bytes: bytes))
            } else {
                parts.append(Part(name: part.name, nodes: nil, bytes: bytes))
            }
        }
        let fixed = parts.filter { $0.nodes == nil }.map { ($0.name, $0.bytes) }
        self.parts = parts.filter { $0.nodes != nil }
        path = document.path
        do {
            base = try PackageWriter.zip(parts: fixed, pictures: split.pictures, version: document.version ?? "1.3",
                                         path: document.path, listed: self.parts.map(\.name))
        } catch {
            throw .unreadableTemplate(path: document.path, reason: error.description)
        }
    }
}

/// One record's rendered parts and the package they go into: ``zip()`` makes the `.odt` bytes,
/// on any thread, so that a batch renders the next record while another thread zips this one.
public struct RenderedPackage: Sendable {
    let parts: [(String, Data)]
    let base: Data
    let path: String

    /// The packaged ODT (`.odt`) file's bytes.
    public func zip() throws(ODFError) -> Data {
        try PackageWriter.append(parts, to: base, path: path)
    }
}

extension Template {
    /// Fills the template with one record as a packaged ODT (`.odt`) file's bytes.
    public func renderPackage(_ data: Value) throws -> Data {
        try renderPackageParts(data).zip()
    }

    /// Fills the template's parts with one record; ``RenderedPackage/zip()`` packages them.
    public func renderPackageParts(_ data: Value) throws -> RenderedPackage {
        let program = try packageProgram()
        var rendered: [(String, Data)] = []
        for part in program.parts {
            guard let nodes = part.nodes else { continue }
            let renderer = makeRenderer()
            var context = Context(data)
            renderer.render(nodes, &context)
            if !renderer.errors.isEmpty { throw TemplateError.several(renderer.errors) }
            rendered.append((part.name, Data(renderer.output)))
        }
        return RenderedPackage(parts: rendered, base: program.base, path: program.path)
    }
}
