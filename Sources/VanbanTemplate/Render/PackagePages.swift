import Foundation
import VanbanData
import VanbanODF

/// One packaged ODT (`.odt`) with a page per record, being filled
/// (``Template/startPackagePages(first:restartNumbering:)``): the records' pages are the
/// bytes of its `content.xml`, given a megabyte at a time (``take()``) to be deflated into the
/// package as they come, so that memory does not grow with the number of records. The
/// package's other parts (``parts``, ``pictures``) are made once, from the template's parts
/// around the body (filled from the first record, like ``Pages``).
public struct PackagePages {
    private var pages: Pages
    /// `content.xml` up to the first record, given with the first bytes taken.
    private var head: Data?
    /// `content.xml` after the last record.
    private let tail: Data
    /// Problems in the document's end.
    private let closingErrors: [TemplateError]
    /// The other XML parts (`styles.xml`, `meta.xml`, `settings.xml`), whole.
    public let parts: [(name: String, data: Data)]
    /// The pictures of those parts (a header's logo), taken out of their XML.
    public let pictures: [(name: String, mediaType: String, data: Data)]
    /// The ODF version the package declares.
    public let version: String

    /// Where the records go in the skeleton document that is cut into parts.
    private static let bodyMark = "<?vanban-body?>"

    init(template: Template, layout: PageLayout, first: Value, restartNumbering: Bool) throws(TemplateError) {
        pages = Pages(template: template, layout: layout, first: first, restartNumbering: restartNumbering)
        let prefix = pages.take()
        let closing = pages.closing()
        closingErrors = closing.errors
        // The document with no record, a mark where the records go, cut into a package's parts
        // as a whole document is (PackageWriter); content.xml is then cut at the mark.
        var skeleton = prefix
        skeleton.append(contentsOf: Self.bodyMark.utf8)
        skeleton.append(contentsOf: closing.bytes)
        let document: Document
        do {
            document = try Document(data: skeleton, path: template.path)
        } catch {
            throw .unreadableTemplate(path: template.path, reason: error.description)
        }
        let split = PackageWriter.parts(of: document)
        var content: Data?
        var parts: [(name: String, data: Data)] = []
        for part in split.parts {
            let bytes = part.document.xmlData
            if part.name == "content.xml" { content = bytes } else { parts.append((part.name, bytes)) }
        }
        guard let content, let mark = content.range(of: Data(Self.bodyMark.utf8)) else {
            throw .unreadableTemplate(path: template.path, reason: "không tìm thấy thân văn bản (office:text)")
        }
        head = content[..<mark.lowerBound]
        tail = content[mark.upperBound...]
        self.parts = parts
        pictures = split.pictures
        version = document.version ?? "1.3"
    }

    /// Renders one record's pages. `record` says where it came from, for messages.
    public mutating func add(_ data: Value, record: RecordPlace) {
        pages.add(data, record: record)
    }

    /// The problems found so far (every record's).
    public var errorCount: Int { pages.errorCount + closingErrors.count }

    /// Whether the bytes held are over a megabyte: time to ``take()`` them.
    public var isLarge: Bool { pages.isLarge }

    /// The bytes of `content.xml` rendered since the last call (its start the first time).
    public mutating func take() -> Data {
        var data = head ?? Data()
        head = nil
        data.append(pages.take())
        return data
    }

    /// The last bytes of `content.xml`; throws every problem of every record.
    public mutating func finish() throws(TemplateError) -> Data {
        var data = head ?? Data()
        head = nil
        do {
            data.append(try pages.finish(closing: false))
        } catch {
            throw .several(error.all + closingErrors)
        }
        if !closingErrors.isEmpty { throw .several(closingErrors) }
        data.append(tail)
        return data
    }

    /// Control characters removed from values.
    public var droppedCharacters: [String] { pages.droppedCharacters }
}
