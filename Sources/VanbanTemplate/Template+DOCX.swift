import Foundation
import VanbanData
import VanbanODF

/// Word templates (`.docx`): read natively (no LibreOffice), compiled by the same engine as ODF
/// templates, filled into `.docx` packages.
///
/// ```swift
/// let template = try Template(contentsOf: URL(fileURLWithPath: "giay-khen.docx"))
/// let bytes = try template.renderDOCXPackage(record)          // one .docx
/// var pages = try template.startDOCXPages(first: records[0], restartNumbering: true)
/// for (index, record) in records.enumerated() { pages.add(record, record: RecordPlace(number: index + 1)) }
/// let one = try pages.finish()                                  // one .docx, a page per record
/// ```
extension Template {
    /// Reads and compiles the Word template at `url`.
    convenience init(docxAt url: URL, options: Options) throws(TemplateError) {
        let package: WordPackage
        do {
            package = try WordPackage(contentsOf: url)
        } catch {
            throw .unreadableTemplate(path: url.relativePath, reason: error.description)
        }
        try self.init(wordPackage: package, options: options)
    }

    /// Compiles a Word template from its bytes; `path` names it in messages.
    public convenience init(docxData data: Data, path: String, options: Options = Options()) throws(TemplateError) {
        let package: WordPackage
        do {
            package = try WordPackage(data: data, path: path)
        } catch {
            throw .unreadableTemplate(path: path, reason: error.description)
        }
        try self.init(wordPackage: package, options: options)
    }

    private convenience init(wordPackage package: WordPackage, options: Options) throws(TemplateError) {
        let program = try DOCXProgram(package: package, formatters: options.formatters)
        self.init(docx: program, path: package.path, options: options)
    }

    private func wordProgram() throws(TemplateError) -> DOCXProgram {
        guard let docx else {
            throw .unsupported(feature: "ghi dạng .docx từ mẫu không phải .docx", at: SourceLocation(file: path, line: 1))
        }
        return docx
    }

    /// Fills a Word template with one record: the `.docx` file's bytes.
    public func renderDOCXPackage(_ data: Value, record: RecordPlace? = nil) throws -> Data {
        try renderDOCXParts(data, record: record).zip()
    }

    /// Fills the parts of a Word template with one record; ``RenderedPackage/zip()`` packages
    /// them (on any thread). Throws every problem of the record at once.
    public func renderDOCXParts(_ data: Value, record: RecordPlace? = nil) throws(TemplateError) -> RenderedPackage {
        let program = try wordProgram()
        noteRendered()
        var errors: [TemplateError] = []
        var rendered: [(String, Data)] = []
        let renderer = makeRenderer()
        renderer.record = record
        var context = Context(data)
        renderer.render(program.prefix, &context)
        renderer.render(program.body, &context)
        renderer.output.append(contentsOf: (program.section ?? "").utf8)
        renderer.render(program.suffix, &context)
        errors += renderer.errors
        if let start = program.drawingIds { renderer.output = DOCXProgram.numberDrawings(renderer.output, from: start) }
        rendered.append((program.main, Data(renderer.output)))
        for part in program.parts {
            let partRenderer = makeRenderer()
            partRenderer.record = record
            partRenderer.render(part.nodes, &context)
            errors += partRenderer.errors
            rendered.append((part.name, Data(partRenderer.output)))
        }
        if !errors.isEmpty { throw .several(errors) }
        if let numbering = program.numbering { rendered.append((numbering.name, numbering.data)) }
        return RenderedPackage(parts: rendered, base: program.base, path: program.path)
    }

    /// Starts one `.docx` with a page per record, its headers and footers filled from `first`:
    /// add the records one by one (``DOCXPages/add(_:record:)``), then ``DOCXPages/finish()``.
    /// `restartNumbering`: each record's pages are numbered from 1.
    public func startDOCXPages(first: Value, restartNumbering: Bool) throws(TemplateError) -> DOCXPages {
        DOCXPages(template: self, program: try wordProgram(), first: first, restartNumbering: restartNumbering)
    }

    /// Fills a Word template once per record into one `.docx`, each record starting a new page.
    public func renderDOCXPages(_ records: [Value], restartNumbering: Bool = false) throws -> Data {
        var pages = try startDOCXPages(first: records.first ?? .object([:]), restartNumbering: restartNumbering)
        for (index, record) in records.enumerated() {
            pages.add(record, record: RecordPlace(number: index + 1))
        }
        return try pages.finish()
    }
}

/// One `.docx` with a page per record, being filled (``Template/startDOCXPages(first:restartNumbering:)``).
/// Each record is rendered once, into a section of its own that starts a new page; its problems
/// are collected and thrown by ``finish()``.
public struct DOCXPages {
    private let renderer: Renderer
    private let template: Template
    private let program: DOCXProgram
    private var first: Context
    private let restartNumbering: Bool
    private var count = 0
    /// Where each record's body starts in the output (its lists are its own: ``DOCXNumbering``).
    private var recordStarts: [Int] = []

    init(template: Template, program: DOCXProgram, first: Value, restartNumbering: Bool) {
        self.template = template
        self.program = program
        self.restartNumbering = restartNumbering
        renderer = template.makeRenderer()
        self.first = Context(first)
        renderer.render(program.prefix, &self.first)
    }

    /// Renders one record's pages. `record` says where it came from, for messages.
    public mutating func add(_ data: Value, record: RecordPlace) {
        template.noteRendered()
        renderer.record = record
        if count > 0 { renderer.output.append(contentsOf: program.recordBreak(restarting: restartNumbering)) }
        recordStarts.append(renderer.output.count)
        var context = Context(data)
        renderer.render(program.body, &context)
        count += 1
    }

    /// The problems found so far (every record's).
    public var errorCount: Int { renderer.errors.count }

    /// Closes the document and returns the `.docx` file's bytes; throws every problem of every record.
    public mutating func finish() throws -> Data {
        renderer.record = nil
        let bodyEnd = renderer.output.count
        renderer.output.append(contentsOf: program.lastSection(restarting: restartNumbering))
        renderer.render(program.suffix, &first)
        var errors = renderer.errors
        var numbering = program.numbering.map { ($0.name, $0.data) }
        if let part = program.numbering, let restarted = part.restart(renderer.output, recordStarts: recordStarts, end: bodyEnd) {
            renderer.output = restarted.body
            numbering = (part.name, restarted.numbering)
        }
        if let start = program.drawingIds { renderer.output = DOCXProgram.numberDrawings(renderer.output, from: start) }
        var rendered: [(String, Data)] = [(program.main, Data(renderer.output))]
        if let numbering { rendered.append(numbering) }
        for part in program.parts {
            let partRenderer = template.makeRenderer()
            partRenderer.render(part.nodes, &first)
            errors += partRenderer.errors
            rendered.append((part.name, Data(partRenderer.output)))
        }
        if !errors.isEmpty { throw TemplateError.several(errors) }
        return try RenderedPackage(parts: rendered, base: program.base, path: program.path).zip()
    }

    /// Control characters removed from values.
    public var droppedCharacters: [String] { renderer.droppedCharacters }
}
