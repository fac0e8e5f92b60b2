import CLibXML2
import Foundation
import VanbanODF

/// Compiles one WordprocessingML part with Mustache tags (the main document, a header, a
/// footer, the notes) into tokens of pre-serialised XML, as ``ODFCompiler`` does for ODF:
///
/// 1. **Clear the noise** Word leaves (``DOCXCleanup``): spell-check marks, bookmarks, paragraph ids.
/// 2. **Heal split tags** (``DOCXTagScanner``): each paragraph's text is read across its runs,
///    links and accepted insertions; a tag is moved whole into the `w:t` of its first character
///    and replaced by a marker `<?vanban N?>`.
/// 3. **Lift structure** (``DOCXStructureLifter``): sections in paragraphs of their own repeat
///    blocks, table rows, list paragraphs.
/// 4. **Keep the shape** of values alone in their paragraph (``ParagraphShape``), which may
///    become several paragraphs.
/// 5. **Serialise once** and cut the bytes at the markers; the main document is cut around its
///    body's content, its last `w:sectPr` kept apart (a page per record repeats it).
struct DOCXCompiler {
    /// The template (and part) named in messages.
    let file: String
    /// The part's tree, changed in place; owned by the caller.
    let document: XMLDocPointer
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
        guard let root = document.rootElement else { throw .unreadableTemplate(path: file, reason: "phần văn bản rỗng") }
        DOCXCleanup.strip(root)
        var scanner = DOCXTagScanner(file: file, document: document)
        var found = try scanner.scan(root)
        try DOCXStructureLifter(file: file, document: document, listStyles: listStyles).lift(&found)
        let shapes = ParagraphShape.takeWord(found, bullets: bullets)
        var section: String?
        if isMain, let body = root.firstChild(Word.main, "body") {
            let start = xmlNewDocPI(document, "vanban-body", nil)!
            if let first = body.pointee.children { first.insertBefore(start) } else { body.appendChild(start) }
            if let last = body.childElements.last, last.isWord("sectPr") {
                section = last.xmlText
                last.remove()
            }
            body.appendChild(xmlNewDocPI(document, "vanban-body", nil)!)
        }
        let bytes = Array(XMLSerialization.data(of: document))
        let output = try MarkerSplitter(found: found, names: [], pageStyle: nil, shapes: shapes).split(bytes)
        return Output(prefix: output.prefix, body: output.body, suffix: output.suffix, section: section)
    }
}
