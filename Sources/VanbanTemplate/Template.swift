import Foundation
import VanbanData
import VanbanODF

/// A template compiled once, ready to be filled with one record or a hundred thousand.
///
/// - An ODF template (`.fodt`, `.odt`) is a document whose text holds Mustache tags
///   (`{{ho_ten}}`, `{{#danh_sach}}…{{/danh_sach}}`); it is compiled into pre-serialised XML
///   chunks and slots, and every value is escaped for ODF.
/// - Any other file is a text template (`.txt`, `.md`, `.html`, …) rendered by the same
///   compiler; `.html`, `.htm` and `.xml` escape `{{x}}` as the Mustache spec says.
///
/// ```swift
/// let template = try Template(contentsOf: URL(fileURLWithPath: "giay-moi.fodt"))
/// let bytes = try template.render(record).data
/// ```
///
/// Rendering a record checks it too: every problem of the record is collected and thrown
/// together, so a batch renders each record exactly once.
public final class Template: @unchecked Sendable {
    /// What kind of template this is.
    public enum Kind: Sendable, Equatable {
        /// A `.fodt` or `.odt` document.
        case odf
        /// A text file; `html`: values are HTML-escaped.
        case text(html: Bool)
        /// A Word `.docx` document (Template+DOCX.swift).
        case docx
    }

    /// The form an ODF template is compiled into: one XML document (for `.fodt`, and for
    /// anything made from it), or the parts of a package (`.odt`, rendered straight into its
    /// parts). A template is compiled once, into the form its output needs.
    public enum Form: Sendable, Equatable {
        case flat
        case package
    }

    /// How strictly data is checked, and which form is compiled.
    public struct Options: Sendable {
        /// A missing field is an error (default); `false` prints nothing for it (`--cho-phep-thieu`).
        public var strict: Bool
        /// The formatters tags may use after `|`.
        public var formatters: FormatterRegistry
        /// The compiled form of an ODF template (text templates are always flat).
        public var form: Form

        /// Options with vanban's defaults: strict, the standard formatters, flat.
        public init(strict: Bool = true, formatters: FormatterRegistry = .standard, form: Form = .flat) {
            self.strict = strict
            self.formatters = formatters
            self.form = form
        }
    }

    /// What kind of template this is.
    public let kind: Kind
    /// The template's file, as given (for messages).
    public let path: String
    let options: Options
    /// The flat form (empty for a template compiled as a package).
    let nodes: [Node]
    /// ODF, flat form: the parts of the document around the body, for one file with a page per record.
    let pages: PageLayout?
    /// ODF, package form.
    let package: PackageProgram?
    /// Word (`.docx`).
    private(set) var docx: DOCXProgram?
    /// Partials, parents and block overrides, compiled once.
    let expansions: Expansions
    private let lock = NSLock()
    private var rendered = 0

    /// Reads and compiles the template at `url`: ODF for `.fodt`/`.odt`, text otherwise.
    public convenience init(contentsOf url: URL, options: Options = Options()) throws(TemplateError) {
        let fileExtension = url.pathExtension.lowercased()
        if fileExtension == "docx" { try self.init(docxAt: url, options: options); return }
        if fileExtension == "fodt" || fileExtension == "odt" {
            let document: Document
            do {
                document = try Document(contentsOf: url)
            } catch {
                throw .unreadableTemplate(path: url.relativePath, reason: error.description)
            }
            try self.init(document: document, options: options)
        } else {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .unreadableTemplate(path: url.relativePath, reason: FileManager.default.fileExists(atPath: url.path)
                    ? "không phải văn bản UTF-8" : "không tìm thấy tệp")
            }
            try self.init(text: text, path: url.relativePath, html: ["html", "htm", "xml"].contains(fileExtension),
                          partials: .folder(url.deletingLastPathComponent(), fileExtension: fileExtension),
                          options: options)
        }
    }

    /// Compiles a text template. `partials` gives the text of `{{> name}}`.
    public convenience init(text: String, path: String, html: Bool, partials: [String: String] = [:],
                            options: Options = Options()) throws(TemplateError) {
        try self.init(text: text, path: path, html: html, partials: .dictionary(partials), options: options)
    }

    init(text: String, path: String, html: Bool, partials: PartialSource, options: Options) throws(TemplateError) {
        kind = .text(html: html)
        self.path = path
        self.options = options
        expansions = Expansions(source: partials, options: options)
        let tokens = try TextTokenizer(source: text.precomposedStringWithCanonicalMapping, file: path).tokenize()
        nodes = try Parser(file: path).parse(tokens)
        pages = nil
        package = nil
        try FormatterCheck.check(nodes, registry: options.formatters)
        expansions.prepare(nodes)
    }

    /// A compiled Word template (Template+DOCX.swift).
    init(docx program: DOCXProgram, path: String, options: Options) {
        kind = .docx
        self.path = path
        self.options = options
        expansions = Expansions(source: .dictionary([:]), options: options)
        nodes = []
        pages = nil
        package = nil
        docx = program
    }

    /// Compiles an ODF document read already, into the form `options` asks for.
    public init(document: Document, options: Options = Options()) throws(TemplateError) {
        kind = .odf
        path = document.path
        self.options = options
        let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent()
        expansions = Expansions(source: .odfFolder(folder), options: options)
        switch options.form {
        case .flat:
            let compiled = try ODFCompiler(document: document, partialFolder: folder).compile()
            let parser = Parser(file: path)
            nodes = try parser.parse(compiled.tokens)
            pages = PageLayout(prefix: try parser.parse(compiled.prefix), body: try parser.parse(compiled.body),
                               suffix: try parser.parse(compiled.suffix), hasPageStyle: compiled.pageStyle != nil)
            package = nil
            try FormatterCheck.check(nodes, registry: options.formatters)
            expansions.prepare(nodes)
            expansions.prepare(pages?.body ?? [])
        case .package:
            let program = try PackageProgram(document: document)
            nodes = []
            pages = nil
            package = program
            for part in program.parts {
                try FormatterCheck.check(part.nodes, registry: options.formatters)
                expansions.prepare(part.nodes)
            }
        }
    }

    /// How many records this template has rendered (every form: one document, a page of one
    /// file, a package). A batch renders each record once: tests hold it to that.
    public var renderedRecords: Int {
        lock.lock()
        defer { lock.unlock() }
        return rendered
    }

    private func countRender() {
        lock.lock()
        rendered += 1
        lock.unlock()
    }

    // MARK: Rendering

    /// Fills the template with one record. `record` says where it came from, for messages.
    /// Throws every problem of the record at once.
    public func render(_ data: Value, record: RecordPlace? = nil) throws(TemplateError) -> Rendering {
        var buffer: [UInt8] = []
        let dropped = try render(data, record: record, into: &buffer)
        return Rendering(data: Data(buffer), kind: kind, path: path, droppedCharacters: dropped)
    }

    /// Fills the template with one record into `buffer` (cleared first): the fastest form, for
    /// batches that reuse one buffer. Returns the control characters removed from values.
    @discardableResult
    public func render(_ data: Value, record: RecordPlace? = nil, into buffer: inout [UInt8]) throws(TemplateError) -> [String] {
        try checkFlatForm()
        countRender()
        let renderer = makeRenderer()
        renderer.record = record
        swap(&renderer.output, &buffer)
        renderer.output.removeAll(keepingCapacity: true)
        var context = Context(data)
        renderer.render(nodes, &context)
        swap(&renderer.output, &buffer)
        if !renderer.errors.isEmpty { throw .several(renderer.errors) }
        return renderer.droppedCharacters
    }

    /// Fills a text template for the record at `index` (0-based) of `count`: `{{@stt}}`,
    /// `{{@dau}}`, `{{@cuoi}}` work at the top level (file names of a batch).
    public func render(_ data: Value, index: Int, count: Int) throws(TemplateError) -> Rendering {
        let renderer = makeRenderer()
        var context = Context(data, position: (index, count))
        renderer.render(nodes, &context)
        if !renderer.errors.isEmpty { throw .several(renderer.errors) }
        return Rendering(data: Data(renderer.output), kind: kind, path: path, droppedCharacters: renderer.droppedCharacters)
    }

    /// Fills an ODF template once per record into one document, each record's body starting a
    /// new page. `restartNumbering`: each record's pages are numbered from 1.
    public func renderPages(_ records: [Value], restartNumbering: Bool = false) throws(TemplateError) -> Rendering {
        var data = Data()
        var pages = try startPages(first: records.first ?? .object([:]), restartNumbering: restartNumbering)
        for (index, record) in records.enumerated() {
            pages.add(record, record: RecordPlace(number: index + 1))
            if pages.isLarge { data.append(pages.take()) }
        }
        data.append(try pages.finish())
        return Rendering(data: data, kind: kind, path: path, droppedCharacters: pages.droppedCharacters)
    }

    /// Starts one document with a page per record, its header filled from `first`: add the
    /// records one by one (``Pages/add(_:record:)``), taking the bytes as they grow, so that
    /// memory does not grow with the number of records.
    public func startPages(first: Value, restartNumbering: Bool) throws(TemplateError) -> Pages {
        guard let pages, kind == .odf else {
            throw .unsupported(feature: "một tệp nhiều trang", at: SourceLocation(file: path, line: 1))
        }
        return Pages(template: self, layout: pages, first: first, restartNumbering: restartNumbering)
    }

    /// Refuses to render flat (a Flat ODT or text) from a template compiled as a package's
    /// parts, or from a Word template.
    func checkFlatForm() throws(TemplateError) {
        guard options.form == .flat || kind != .odf else {
            throw .unsupported(feature: "ghi dạng .fodt từ mẫu dịch cho .odt", at: SourceLocation(file: path, line: 1))
        }
        guard kind != .docx else {
            throw .unsupported(feature: "ghi ra tệp không phải .docx", at: SourceLocation(file: path, line: 1))
        }
    }

    func makeRenderer() -> Renderer {
        Renderer(options: Renderer.Options(escaping: escaping, strict: options.strict, formatters: options.formatters),
                 expansions: expansions)
    }

    /// Counts a record rendered by a form defined elsewhere (pages, packages).
    func noteRendered() { countRender() }

    var escaping: Escaping {
        switch kind {
        case .odf: return .odf
        case .docx: return .docx
        case .text(let html): return html ? .html : .none
        }
    }
}

/// A filled template.
public struct Rendering: Sendable {
    /// The bytes: a Flat ODT document for an ODF template, UTF-8 text otherwise.
    public let data: Data
    /// The kind of template it came from.
    public let kind: Template.Kind
    let path: String
    /// Control characters removed from values (`ho_ten: U+0007`).
    public let droppedCharacters: [String]

    /// The filled ODF document as a tree (to look at its text).
    public func document() throws(ODFError) -> Document {
        try Document(data: data, path: path)
    }

    /// The filled text template.
    public var text: String { String(decoding: data, as: UTF8.self) }
}
