import Foundation
import VanbanODF

/// Compiles an ODF document with Mustache tags into tokens of pre-serialised XML:
///
/// 1. **Heal split tags.** Each paragraph's text is read as typed (spans, `text:s`, bookmarks
///    and soft page breaks see through); a tag crossing several nodes is moved whole into the
///    node of its first character, whose formatting wins. Typographic quotes inside a tag are
///    quotes (``TagScanner`` with ``ODFDialect``, the core Word templates share).
/// 2. **Mark.** Each tag is replaced by a processing instruction `<?vanban N?>`.
/// 3. **Lift structure.** A section whose opening and closing tags are in different paragraphs
///    repeats the blocks between them: the children of their nearest common ancestor, or the
///    whole row (list item) when both are in one table row (list item). Paragraphs left empty
///    by their tags vanish (``StructureLifter``). A value alone in its paragraph may become
///    several paragraphs.
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

    func compile() throws(TemplateError) -> Output {
        let copy = document.copy()
        guard let root = copy.rootNode else { throw .unreadableTemplate(path: document.path, reason: "tài liệu rỗng") }
        let dialect = ODFDialect()
        var scanner = TagScanner(file: document.path, document: copy, dialect: dialect)
        var found = try scanner.scan(root)
        try StructureLifter(file: document.path, dialect: dialect).lift(&found)
        let names = UniqueNames.mark(in: root)
        let shapes = ParagraphShape.take(found, bullets: BulletStyles.find(in: copy))
        let body = BodyMarkers.mark(in: copy)
        var pageStyle: (first: String, following: String)?
        if let body { pageStyle = try PageBreakStyle.prepare(in: copy, firstBlock: body.firstBlock) }
        let bytes = Array(copy.xmlData)
        return try MarkerSplitter(found: found, names: names, pageStyle: pageStyle, shapes: shapes).split(bytes)
    }
}
