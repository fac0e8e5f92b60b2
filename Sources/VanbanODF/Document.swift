import CLibXML2
import Foundation

/// One OpenDocument text as a single XML tree rooted at `office:document`: what a Flat ODT
/// (`.fodt`) holds, and what a packaged `.odt` is turned into when it is read. Every stage after
/// reading sees this one tree, whichever format the file had.
public final class Document {
    /// The libxml2 tree. Owned by this object and freed with it.
    let xml: XMLDocPointer
    /// Where the document came from, as given by the caller (for messages).
    public let path: String

    /// Takes ownership of a parsed tree whose root is `office:document`.
    init(adopting xml: XMLDocPointer, path: String) {
        self.xml = xml
        self.path = path
    }

    deinit { xmlFreeDoc(xml) }

    /// The root element, `office:document`.
    var root: XMLNodePointer { xml.rootElement! }

    /// The `office:body` element.
    var body: XMLNodePointer? { root.firstChild(Namespace.office, "body") }

    /// The document's media type (`office:mimetype`).
    public var mediaType: String? { root.attribute(Namespace.office, "mimetype") }

    /// The ODF version the document declares (`office:version`).
    public var version: String? { root.attribute(Namespace.office, "version") }

    /// A deep, independent copy.
    public func copy(path: String? = nil) -> Document {
        Document(adopting: xmlCopyDoc(xml, 1), path: path ?? self.path)
    }

    /// The text of the body as a reader sees it: one line per paragraph or heading,
    /// `text:s` as spaces, `text:tab` as a tab, `text:line-break` as a new line.
    public var plainText: String {
        guard let body else { return "" }
        var lines: [String] = []
        PlainText.collect(body, into: &lines)
        return lines.joined(separator: "\n")
    }
}

extension Document {
    /// Any XML part (a spreadsheet's sheet, a package's manifest), parsed with the same hardened
    /// settings as documents but without their root and media type checks.
    package convenience init(xmlPart data: Data, path: String) throws(ODFError) {
        self.init(adopting: try XMLParsing.parse(data, path: path), path: path)
    }
}
