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

    let parts: [Part]
    let pictures: [(name: String, mediaType: String, data: Data)]
    let version: String
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
        self.parts = parts
        pictures = split.pictures
        version = document.version ?? "1.3"
        path = document.path
    }
}

extension Template {
    /// Fills the template with one record as a packaged ODT (`.odt`) file's bytes.
    public func renderPackage(_ data: Value) throws -> Data {
        let program = try packageProgram()
        var rendered: [(String, Data)] = []
        for part in program.parts {
            guard let nodes = part.nodes else {
                rendered.append((part.name, part.bytes))
                continue
            }
            let renderer = makeRenderer()
            var context = Context(data)
            renderer.render(nodes, &context)
            if !renderer.errors.isEmpty { throw TemplateError.several(renderer.errors) }
            rendered.append((part.name, Data(renderer.output)))
        }
        return try PackageWriter.zip(parts: rendered, pictures: program.pictures, version: program.version, path: program.path)
    }
}
