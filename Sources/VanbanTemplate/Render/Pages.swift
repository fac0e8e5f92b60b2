import Foundation
import VanbanData

/// One ODF document with a page per record, being filled (``Template/startPages(first:restartNumbering:)``).
/// Each record is rendered once; its problems are collected and thrown by ``finish()``, so a
/// caller writes the bytes to a temporary place and keeps them only when ``finish()`` succeeds.
public struct Pages {
    private let renderer: Renderer
    private let layout: PageLayout
    private let template: Template
    private var first: Context
    private var count = 0

    init(template: Template, layout: PageLayout, first: Value, restartNumbering: Bool) {
        self.template = template
        self.layout = layout
        renderer = template.makeRenderer()
        renderer.restartNumbering = restartNumbering
        self.first = Context(first)
        renderer.render(layout.prefix, &self.first)
    }

    /// Renders one record's pages. `record` says where it came from, for messages.
    /// `bookmark`: a `text:bookmark` of that name is put in the record's first paragraph, so
    /// that where the record starts can be found again (a PDF's named destination).
    public mutating func add(_ data: Value, record: RecordPlace, bookmark: String?) {
        template.noteRendered()
        renderer.record = record
        renderer.page = count
        let start = renderer.output.count
        if count > 0 && !layout.hasPageStyle {
            renderer.output.append(contentsOf: PageLayout.breakParagraph(restartNumbering: renderer.restartNumbering))
        }
        var context = Context(data)
        renderer.render(layout.body, &context)
        if let bookmark { PageLayout.insertBookmark(bookmark, into: &renderer.output, from: start) }
        count += 1
    }

    /// The problems found so far (every record's).
    public var errorCount: Int { renderer.errors.count }

    /// Whether the bytes held are over a megabyte: time to ``take()`` them.
    public var isLarge: Bool { renderer.output.count > 1 << 20 }

    /// The bytes rendered since the last call.
    public mutating func take() -> Data {
        let data = Data(renderer.output)
        renderer.output.removeAll(keepingCapacity: true)
        return data
    }

    /// Closes the document and returns its last bytes; throws every problem of every record.
    public mutating func finish() throws(TemplateError) -> Data {
        try finish(closing: true)
    }

    /// The last bytes; `closing: false` leaves the document open (its end is made elsewhere,
    /// ``PackagePages``). Throws every problem of every record.
    mutating func finish(closing: Bool) throws(TemplateError) -> Data {
        renderer.record = nil
        if closing { renderer.render(layout.suffix, &first) }
        if !renderer.errors.isEmpty { throw .several(renderer.errors) }
        return take()
    }

    /// The document's end (what ``finish()`` would close it with), rendered on its own, and
    /// the problems found in it.
    func closing() -> (bytes: [UInt8], errors: [TemplateError]) {
        let renderer = template.makeRenderer()
        var context = first
        renderer.render(layout.suffix, &context)
        return (renderer.output, renderer.errors)
    }

    /// Control characters removed from values.
    public var droppedCharacters: [String] { renderer.droppedCharacters }
}
