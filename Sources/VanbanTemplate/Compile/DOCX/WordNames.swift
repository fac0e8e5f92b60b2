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
    /// Inline containers that go when healing leaves them with no run.
    static let emptiable: Set<String> = ["hyperlink", "ins", "smartTag", "moveTo", "customXml"]
    /// Block-level elements a cell, a header or the body holds.
    static let blocks: Set<String> = ["p", "tbl", "sdt", "customXml"]
}

extension TreeNode {
    /// Whether this is the WordprocessingML element `w:name`.
    func isWord(_ name: String) -> Bool { isElement(Word.main, name) }

    /// Whether this is any WordprocessingML element.
    var isWordElement: Bool { isElement(in: Word.main) }
}
