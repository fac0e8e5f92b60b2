import CLibXML2
import Foundation

extension Document {
    /// Reads a Flat ODT (`.fodt`) or a packaged ODT (`.odt`) text document. The format is told
    /// by the bytes, not the extension. An `.odt` becomes the equivalent `office:document`.
    /// Messages name the file as the caller wrote it (`url.relativePath`).
    public convenience init(contentsOf url: URL, limits: ReadLimits = .standard) throws(ODFError) {
        let path = url.relativePath
        let data = try Document.readFile(url, limit: limits.maxFileBytes)
        try self.init(data: data, path: path, limits: limits)
    }

    /// Reads a document from bytes; `path` names it in messages.
    public convenience init(data: Data, path: String, limits: ReadLimits = .standard) throws(ODFError) {
        guard data.count <= limits.maxFileBytes else {
            throw .tooLarge(path: path, bytes: data.count, limit: limits.maxFileBytes)
        }
        let xml: XMLDocPointer
        if PackageReader.isZip(data) {
            xml = try PackageReader(data: data, path: path, limits: limits).flatDocument()
            do {
                try Document.checkBody(xml, path: path)
            } catch {
                xmlFreeDoc(xml)
                throw error
            }
        } else {
            xml = try XMLParsing.parse(data, path: path)
            do {
                try Document.checkFlatRoot(xml, path: path)
            } catch {
                xmlFreeDoc(xml)
                throw error
            }
        }
        self.init(adopting: xml, path: path)
    }

    /// A flat document's root must be `office:document` of a text.
    static func checkFlatRoot(_ xml: XMLDocPointer, path: String) throws(ODFError) {
        guard let root = xml.rootElement, root.isElement(Namespace.office, "document") else {
            let name = xml.rootElement.map { $0.localName } ?? "(trống)"
            throw .notODF(path: path, found: "XML với phần tử gốc <\(name)>")
        }
        let mediaType = root.attribute(Namespace.office, "mimetype")
        guard mediaType == textDocumentMediaType else {
            throw .notODF(path: path, found: mediaType)
        }
        try checkBody(xml, path: path)
    }

    /// A text document's body: `office:body` holding `office:text`.
    static func checkBody(_ xml: XMLDocPointer, path: String) throws(ODFError) {
        guard let body = xml.rootElement?.firstChild(Namespace.office, "body"),
            body.firstChild(Namespace.office, "text") != nil
        else { throw .noBody(path: path) }
    }

    /// The bytes of a file, with the size checked before reading.
    package static func readFile(_ url: URL, limit: Int) throws(ODFError) -> Data {
        let path = url.relativePath
        guard let facts = FileFacts(path: url.path) else { throw .fileNotFound(path: path) }
        if facts.isDirectory { throw .unreadable(path: path, reason: "đây là thư mục") }
        if facts.size > limit { throw .tooLarge(path: path, bytes: facts.size, limit: limit) }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: "không có quyền đọc hoặc lỗi đĩa")
        }
    }
}
