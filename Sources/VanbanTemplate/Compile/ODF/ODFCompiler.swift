import CLibXML2
import Foundation
import VanbanODF

/// Compiles an ODF document with Mustache tags into tokens of pre-serialised XML:
///
/// 1. **Heal split tags.** Each paragraph's text is read as typed (spans, `text:s`, bookmarks
///    and soft page breaks see through); a tag crossing several nodes is moved whole into the
///    node of its first character, whose formatting wins. Typographic quotes inside a tag are
///    quotes.
/// 2. **Mark.** Each tag is replaced by a processing instruction `<?vanban N?>`.
/// 3. **Lift structure.** A section whose opening and closing tags are in different paragraphs
///    repeats the blocks between them: the children of their nearest common ancestor, or the
///    whole row (list item) when both are in one table row (list item). Paragraphs left empty
///    by their tags vanish. A value alone in its paragraph may become several paragraphs.
/// 4. **Keep names unique.** Tables, frames, sections and bookmarks get a slot that numbers
///    repeated names.
/// 5. **Serialise once** and cut the bytes at the markers.
struct ODFCompiler {
    let document: Document
    let partialFolder: URL

    struct Output {
        var prefix: [Token]
        var body: [Token]
        var suffix: [Token]
        /// The first block's style, replaced in a one-file batch from the second record on.
        var pageStyle: (first: String, following: String)?
        var tokens: [Token] { prefix + body + suffix }
    }

    /// A tag found in the document.
    struct Found {
        var tag: Tag
        var marker: XMLNodePointer
        var paragraph: XMLNodePointer
        /// The tag is the only thing in its paragraph (white space aside).
        var alone: Bool
    }

    func compile() throws(TemplateError) -> Output {
        let copy = document.copy()
        let xml = copy.xml
        guard let root = xml.rootElement else { throw .unreadableTemplate(path: document.path, reason: "tài liệu rỗng") }
        var scanner = TagScanner(file: document.path, document: xml)
        var found = try scanner.scan(root)
        try StructureLifter(file: document.path).lift(&found, in: xml)
        let names = UniqueNames.mark(in: root)
        let shapes = ParagraphShape.take(found, bullets: BulletStyles.find(in: xml))
        let body = BodyMarkers.mark(in: xml)
        var pageStyle: (first: String, following: String)?
        if let body { pageStyle = try PageBreakStyle.prepare(in: xml, firstBlock: body.firstBlock) }
        let bytes = Array(XMLSerialization.data(of: xml))
        return try MarkerSplitter(found: found, names: names, pageStyle: pageStyle, shapes: shapes).split(bytes)
    }
}
