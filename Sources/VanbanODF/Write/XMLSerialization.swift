import CLibXML2
import Foundation

/// Turns libxml2 trees into UTF-8 bytes, exactly as they are: no pretty-printing, which would
/// add white space to mixed content and so change the text of paragraphs.
enum XMLSerialization {
    static func data(of document: XMLDocPointer) -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 0)
        guard let buffer else { return Data() }
        defer { vanban_xmlFree(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }
}
