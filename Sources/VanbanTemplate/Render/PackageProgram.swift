import Foundation
import Glibc
import VanbanData
import VanbanODF

/// An ODF template compiled for packaged output (`.odt`, ``Template/Form/package``):
/// `content.xml` and `styles.xml` compiled as templates of their own, the other parts and the
/// pictures kept as bytes. A record then renders straight into the package's parts, with no
/// parsing.
struct PackageProgram {
    struct Part {
        let name: String
        let nodes: [Node]
    }

    /// The parts with tags, rendered per record.
    let parts: [Part]
    /// A package holding every fixed part, compressed once; each record's parts are added to a copy.
    let base: Data
    /// The parts without tags, the pictures and the ODF version, for a package written as it
    /// renders (``Template/writePackage(_:streaming:to:)``).
    let fixed: [(name: String, data: Data)]
    let pictures: [(name: String, mediaType: String, data: Data)]
    let version: String
    let path: String

    /// Whether a part's bytes hold `{{` (searched as bytes: made a `String`, the part was
    /// decoded and searched through Foundation).
    static func holdsTag(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count >= 2 else { return false }
            var offset = 0
            // Each `{` (memchr) followed by another.
            while let found = memchr(base + offset, 0x7B, raw.count - 1 - offset) {
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
                if raw[offset] == 0x7B { return true }
                if offset >= raw.count - 1 { break }
            }
            return false
        }
    }

    init(document: Document) throws(TemplateError) {
        let split = PackageWriter.parts(of: document)
        var parts: [Part] = []
        var fixed: [(name: String, data: Data)] = []
        for part in split.parts {
            let bytes = part.document.fodtData()
            if part.name == "content.xml" || part.name == "styles.xml", Self.holdsTag(bytes) {
                let compiled = try ODFCompiler(document: part.document, partialFolder: URL(fileURLWithPath: document.path)
                    .deletingLastPathComponent()).compile()
                parts.append(Part(name: part.name, nodes: try Parser(file: document.path).parse(compiled.tokens)))
            } else {
                fixed.append((part.name, bytes))
            }
        }
        self.parts = parts
        self.fixed = fixed
        pictures = split.pictures
        version = document.version ?? "1.3"
        path = document.path
        do {
            base = try PackageWriter.zip(parts: fixed.map { ($0.name, $0.data) }, pictures: split.pictures, version: document.version ?? "1.3",
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
    /// Fills a template compiled as a package with one record: the packaged ODT (`.odt`)
    /// file's bytes.
    public func renderPackage(_ data: Value, record: RecordPlace? = nil) throws -> Data {
        try renderPackageParts(data, record: record).zip()
    }

    /// Fills the parts of a template compiled as a package with one record;
    /// ``RenderedPackage/zip()`` packages them. Throws every problem of the record at once.
    public func renderPackageParts(_ data: Value, record: RecordPlace? = nil) throws(TemplateError) -> RenderedPackage {
        let program = try packageProgram()
        noteRendered()
        var rendered: [(String, Data)] = []
        var errors: [TemplateError] = []
        for part in program.parts {
            let renderer = fill(part, with: data, record: record)
            errors += renderer.errors
            rendered.append((part.name, Data(renderer.output)))
        }
        if !errors.isEmpty { throw .several(errors) }
        return RenderedPackage(parts: rendered, base: program.base, path: program.path)
    }

    /// The template compiled as a package's parts, or the refusal to write `.odt` from one
    /// compiled flat.
    func packageProgram() throws(TemplateError) -> PackageProgram {
        guard let package else {
            throw .unsupported(feature: "ghi dạng .odt từ mẫu dịch cho .fodt", at: SourceLocation(file: path, line: 1))
        }
        return package
    }

    /// One part rendered whole with `data`: the renderer, holding its bytes and problems.
    /// `list`: a list field the part walks as it is read (``StreamedList``).
    func fill(_ part: PackageProgram.Part, with data: Value, record: RecordPlace? = nil, list: StreamedList? = nil) -> Renderer {
        let renderer = makeRenderer()
        renderer.record = record
        renderer.streamed = list
        var context = Context(data)
        renderer.render(part.nodes, &context)
        return renderer
    }
}
