/// One piece of a template after tokenizing: literal bytes (text, or pre-serialised XML in an
/// ODF template) or a tag.
struct Token: Sendable {
    enum Kind: Sendable {
        case text([UInt8])
        case tag(Tag)
        /// ODF: a value alone in its paragraph, which may become several paragraphs.
        /// `open` is the paragraph's start tag, `close` its end tag.
        case paragraphValue(Tag, ParagraphShape)
        /// ODF: a name that must stay unique when repeated (`table:name`, `draw:name`, …).
        case uniqueName(String, introduces: Bool)
        /// ODF: the first block's style in a one-file batch.
        case pageStyle(first: String, following: String)
    }

    var kind: Kind
    /// Whether the token begins a line of the template (text templates: used to indent partials
    /// and blocks).
    var atLineStart = false
    /// Whether the tag stood alone on its line, which was removed (text templates).
    var isStandalone = false
    /// The white space before the tag on its line: removed for a standalone tag, kept for an
    /// inline one (text templates).
    var indent = ""
    /// The line ending removed after a standalone line, kept for a block whose content has none.
    var removedLineEnding = ""

    init(_ kind: Kind) { self.kind = kind }

    var tag: Tag? {
        if case .tag(let tag) = kind { return tag }
        return nil
    }
}
