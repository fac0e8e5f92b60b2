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
public final class Template: @unchecked Sendable {
    /// What kind of template this is.
    public enum Kind: Sendable, Equatable {
        case odf
        case text(html: Bool)
    }

    /// How strictly data is checked.
    public struct Options: Sendable {
        /// A missing field is an error (default); `false` prints nothing for it (`--cho-phep-thieu`).
        public var strict: Bool
        /// The formatters tags may use after `|`.
        public var formatters: FormatterRegistry

        public init(strict: Bool = true, formatters: FormatterRegistry = .standard) {
            self.strict = strict
            self.formatters = formatters
        }
    }

    public let kind: Kind
    /// The template's file, as given (for messages).
    public let path: String
    let options: Options
    let nodes: [Node]
    /// ODF: the parts of the document around the body, for one file with a page per record.
    let pages: PageLayout?
    private let partialSource: PartialSource
    private var partialCache: [String: [Node]] = [:]
    private let lock = NSLock()
    /// The template as read, for packaged output compiled on first use.
    private let source: Document?
    private var package: PackageProgram?

    /// Reads and compiles the template at `url`: ODF for `.fodt`/`.odt`, text otherwise.
    public convenience init(contentsOf url: URL, options: Options = Options()) throws(TemplateError) {
        let fileExtension = url.pathExtension.lowercased()
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
        self.partialSource = partials
        let tokens = try TextTokenizer(source: text.precomposedStringWithCanonicalMapping, file: path).tokenize()
        nodes = try Parser(file: path).parse(tokens)
        pages = nil
        source = nil
        try FormatterCheck.check(nodes, registry: options.formatters)
    }

    /// Compiles an ODF document read already.
    public init(document: Document, options: Options = Options()) throws(TemplateError) {
        kind = .odf
        path = document.path
        self.options = options
        source = document
        let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent()
        partialSource = .odfFolder(folder)
        let compiled = try ODFCompiler(document: document, partialFolder: folder).compile()
        let parser = Parser(file: path)
        nodes = try parser.parse(compiled.tokens)
        pages = PageLayout(prefix: try parser.parse(compiled.prefix), body: try parser.parse(compiled.body),
                           suffix: try parser.parse(compiled.suffix), hasPageStyle: compiled.pageStyle != nil)
        try FormatterCheck.check(nodes, registry: options.formatters)
    }

    // MARK: Rendering

    /// Fills the template with one record.
    public func render(_ data: Value) throws(TemplateError) -> Rendering {
        let renderer = makeRenderer()
        var context = Context(data)
        renderer.render(nodes, &context)
        if !renderer.errors.isEmpty { throw .several(renderer.errors) }
        return Rendering(data: Data(renderer.output), kind: kind, path: path,
                         droppedCharacters: renderer.droppedCharacters)
    }

    /// Fills an ODF template once per record into one document, each record's body starting a
    /// new page. Every record is checked first: nothing is produced unless all are right.
    /// `restartNumbering`: each record's pages are numbered from 1.
    public func renderPages(_ records: [Value], restartNumbering: Bool = false) throws(TemplateError) -> Rendering {
        var data = Data()
        var dropped: [String] = []
        do {
            dropped = try renderPages({ AnyIterator(records.makeIterator()) }, restartNumbering: restartNumbering) { data.append($0) }
        } catch let error as TemplateError {
            throw error
        } catch {
            throw .unreadableTemplate(path: path, reason: "\(error)")
        }
        return Rendering(data: data, kind: kind, path: path, droppedCharacters: dropped)
    }

    /// The streaming form of ``renderPages(_:)``: `records` is asked twice for its records (a
    /// first pass checks them all, the second writes), and the document goes to `sink` in
    /// pieces of about a megabyte, so memory does not grow with the number of records.
    /// Returns the control characters removed from values.
    @discardableResult
    public func renderPages(_ records: () throws -> AnyIterator<Value>, restartNumbering: Bool = false,
                            into sink: (Data) throws -> Void) throws -> [String] {
        guard let pages, kind == .odf else {
            throw TemplateError.unsupported(feature: "một tệp nhiều trang", at: SourceLocation(file: path, line: 1))
        }
        var errors: [TemplateError] = []
        var first: Value?
        var number = 0
        for record in try records() {
            number += 1
            if first == nil { first = record }
            errors += check(record, record: number)
            if errors.count >= 1000 { break }
        }
        if !errors.isEmpty { throw TemplateError.several(errors) }
        let renderer = makeRenderer()
        renderer.restartNumbering = restartNumbering
        var firstContext = Context(first ?? .object([:]))
        renderer.render(pages.prefix, &firstContext)
        var index = 0
        for record in try records() {
            renderer.record = index + 1
            renderer.page = index
            if index > 0 && !pages.hasPageStyle {
                renderer.output.append(contentsOf: PageLayout.breakParagraph(restartNumbering: restartNumbering))
            }
            var context = Context(record)
            renderer.render(pages.body, &context)
            if renderer.output.count > 1 << 20 {
                try sink(Data(renderer.output))
                renderer.output.removeAll(keepingCapacity: true)
            }
            index += 1
        }
        renderer.render(pages.suffix, &firstContext)
        if !renderer.errors.isEmpty { throw TemplateError.several(renderer.errors) }
        try sink(Data(renderer.output))
        return renderer.droppedCharacters
    }

    /// Fills the template with one record and writes it to `handle`.
    public func render(_ data: Value, to handle: FileHandle) throws {
        let rendering = try render(data)
        try handle.write(contentsOf: rendering.data)
    }

    /// Fills the template with one record into `buffer` (cleared first): the fastest form, for
    /// batches that reuse one buffer. Throws like ``render(_:)``.
    public func render(_ data: Value, into buffer: inout [UInt8]) throws(TemplateError) {
        let renderer = makeRenderer()
        swap(&renderer.output, &buffer)
        renderer.output.removeAll(keepingCapacity: true)
        var context = Context(data)
        renderer.render(nodes, &context)
        swap(&renderer.output, &buffer)
        if !renderer.errors.isEmpty { throw .several(renderer.errors) }
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

    /// Checks a record without keeping the output: every error of the record, or none.
    public func check(_ data: Value, record: Int? = nil) -> [TemplateError] {
        let renderer = makeRenderer()
        renderer.record = record
        var context = Context(data)
        renderer.render(nodes, &context)
        return renderer.errors
    }

    func makeRenderer() -> Renderer {
        Renderer(options: Renderer.Options(escaping: escaping, strict: options.strict, formatters: options.formatters)) {
            [unowned self] (name: String, indent: String) throws(TemplateError) -> [Node]? in
            try self.partial(name, indent: indent)
        }
    }

    var escaping: Escaping {
        switch kind {
        case .odf: return .odf
        case .text(let html): return html ? .html : .none
        }
    }

    /// The template compiled for `.odt` output, once.
    func packageProgram() throws -> PackageProgram {
        lock.lock()
        defer { lock.unlock() }
        if let package { return package }
        guard let source else {
            throw TemplateError.unsupported(feature: "ghi dạng .odt", at: SourceLocation(file: path, line: 1))
        }
        let program = try PackageProgram(document: source)
        package = program
        return program
    }

    /// A partial, compiled once per name and indentation.
    private func partial(_ name: String, indent: String) throws(TemplateError) -> [Node]? {
        let key = "\(name)\u{0}\(indent)"
        lock.lock()
        if let cached = partialCache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        guard let compiled = try partialSource.compile(name, indent: indent, options: options) else { return nil }
        try FormatterCheck.check(compiled, registry: options.formatters)
        lock.lock()
        partialCache[key] = compiled
        lock.unlock()
        return compiled
    }
}

/// A filled template.
public struct Rendering: Sendable {
    /// The bytes: a Flat ODT document for an ODF template, UTF-8 text otherwise.
    public let data: Data
    public let kind: Template.Kind
    let path: String
    /// Control characters removed from values (`ho_ten: U+0007`).
    public let droppedCharacters: [String]

    /// The filled ODF document as a tree (to write it as `.odt`, or to look at its text).
    public func document() throws(ODFError) -> Document {
        try Document(data: data, path: path)
    }

    /// The filled text template.
    public var text: String { String(decoding: data, as: UTF8.self) }
}
