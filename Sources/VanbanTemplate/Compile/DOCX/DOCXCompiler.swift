import Foundation
import VanbanODF

/// Compiles one WordprocessingML part with Mustache tags (the main document, a header, a
/// footer, the notes) into tokens of pre-serialised XML, as ``ODFCompiler`` does for ODF:
///
/// 1. **Clear the noise** Word leaves (``DOCXCleanup``): spell-check marks, bookmarks, paragraph ids.
/// 2. **Heal split tags** (``TagScanner`` with ``WordDialect``): each paragraph's text is read across its runs,
///    links and accepted insertions; a tag is moved whole into the `w:t` of its first character
///    and replaced by a marker `<?vanban N?>`.
/// 3. **Lift structure** (``StructureLifter`` with ``WordDialect``): sections in paragraphs of their own repeat
///    blocks, table rows, list paragraphs.
/// 4. **Keep the shape** of values alone in their paragraph (``ParagraphShape``), which may
///    become several paragraphs.
/// 5. **Serialise once** and cut the bytes at the markers; the main document is cut around its
///    body's content, its last `w:sectPr` kept apart (a page per record repeats it).
struct DOCXCompiler {
    /// The template (and part) named in messages.
    let file: String
    /// The part's tree, changed in place.
    let document: Document
    let bullets: BulletStyles
    let listStyles: Set<String>
    /// The main document part (`w:document`).
    let isMain: Bool

    struct Output {
        var prefix: [Token]
        var body: [Token]
        var suffix: [Token]
        /// The body's last `w:sectPr`, written between the body and the suffix.
        var section: String?
    }

    func compile() throws(TemplateError) -> Output {
        guard let root = document.rootNode else { throw .unreadableTemplate(path: file, reason: "phần văn bản rỗng") }
        DOCXCleanup.strip(root)
        let dialect = WordDialect(listStyles: listStyles)
        var scanner = TagScanner(file: file, document: document, dialect: dialect)
        var found = try scanner.scan(root)
        try StructureLifter(file: file, dialect: dialect).lift(&found)
        let shapes = ParagraphShape.takeWord(found, bullets: bullets)
        var section: String?
        if isMain, let body = root.firstChild(Word.main, "body") {
            body.prependChild(document.makeInstruction("vanban-body", nil))
            if let last = body.childElements.last, last.isWord("sectPr") {
                section = last.xmlString
                last.remove()
            }
            body.appendChild(document.makeInstruction("vanban-body", nil))
        }
        let bytes = Array(document.xmlData)
        let output = try MarkerSplitter(found: found, names: [], pageStyle: nil, shapes: shapes).split(bytes)
        return Output(prefix: output.prefix, body: output.body, suffix: output.suffix, section: section)
    }
}
