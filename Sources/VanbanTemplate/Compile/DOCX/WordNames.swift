import CLibXML2
import VanbanODF

/// The WordprocessingML namespaces and element names the `.docx` compiler reads.
enum Word {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let w14 = "http://schemas.microsoft.com/office/word/2010/wordml"

    /// Inline containers whose runs are part of the paragraph's text: links, accepted
    /// insertions, smart tags, content controls, simple fields' results.
    static let containers: Set<String> = [
        "hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo",
    ]
    /// Marks with no visible text, transparent to tags: proofing, bookmarks, permissions,
    /// comments, deletions (their text is gone), rendering hints.
    static let marks: Set<String> = [
        "proofErr", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd", "commentRangeStart",
        "commentRangeEnd", "commentReference", "annotationRef", "lastRenderedPageBreak", "softHyphen", "del",
        "moveFrom", "delText", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
        "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    ]
    /// Properties: never text.
    static let properties: Set<String> = ["pPr", "rPr", "sdtPr", "sdtEndPr"]
    /// Block-level elements a cell, a header or the body holds.
    static let blocks: Set<String> = ["p", "tbl", "sdt", "customXml"]
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Whether this is the WordprocessingML element `w:name`.
    func isWord(_ name: String) -> Bool { isElement(Word.main, name) }

    /// Whether this is any WordprocessingML element.
    var isWordElement: Bool { pointee.type == XML_ELEMENT_NODE && namespaceURI == Word.main }

    /// The XML of this node and its descendants, as written in the document.
    var xmlText: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, pointee.doc, self, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Unlinks and frees the node.
    func remove() {
        xmlUnlinkNode(self)
        xmlFreeNode(self)
    }
}
