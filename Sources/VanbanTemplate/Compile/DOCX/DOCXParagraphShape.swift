import Foundation
import VanbanODF

extension ParagraphShape {
    /// Word: replaces each value alone in its paragraph by its marker and keeps the paragraph's
    /// shape (its properties, the run's formatting), so that a value of several paragraphs
    /// writes each in the same style, and `- ` / `+ ` lines in the template's bullet styles.
    static func takeWord(_ found: [FoundTag], bullets: BulletStyles) -> [Int: ParagraphShape] {
        var shapes: [Int: ParagraphShape] = [:]
        for (index, item) in found.enumerated() where item.alone && [.variable, .unescaped].contains(item.tag.kind) {
            guard let shape = ParagraphShape(wordMarker: item.marker, paragraph: item.paragraph, bullets: bullets)
            else { continue }
            shapes[index] = shape
            item.paragraph.insertBefore(item.marker.unlink())
            item.paragraph.remove()
        }
        return shapes
    }

    /// The shape of the paragraph around `marker`; `nil` when the paragraph ends a section of
    /// the document (its properties must stay once), is the only paragraph of its cell (a
    /// missing value would leave the cell with none, which Word refuses), or the marker is not
    /// in a `w:t`: the value then stays inline, its lines joined by `w:br`.
    init?(wordMarker marker: TreeNode, paragraph: TreeNode, bullets: BulletStyles) {
        guard let t = marker.parent, t.isWord("t"),
            paragraph.firstChild(Word.main, "pPr")?.firstChild(Word.main, "sectPr") == nil
        else { return nil }
        if let cell = paragraph.parent, cell.isWord("tc"),
            cell.childElements.filter({ $0.isWordElement && Word.blocks.contains($0.localName) }).count <= 1
        {
            return nil
        }
        let chain = Self.chain(from: t.parent, upTo: paragraph)
        func opening(style: String?) -> [UInt8] {
            var text = ""
            for node in chain {
                text += Self.startTag(node, style: nil)
                if node == paragraph {
                    text += Self.paragraphProperties(paragraph.firstChild(Word.main, "pPr"), style: style)
                } else if node.isWord("r"), let properties = node.firstChild(Word.main, "rPr") {
                    text += properties.xmlString
                }
            }
            return Array((text + "<w:t xml:space=\"preserve\">").utf8)
        }
        let close = "</w:t>" + chain.reversed().map { "</\($0.qualifiedName)>" }.joined()
        self.init(open: opening(style: nil), close: Array(close.utf8), bullet: bullets.bullet.map { opening(style: $0) },
                  subBullet: bullets.subBullet.map { opening(style: $0) }, subHeading: bullets.subHeading.map { opening(style: $0) })
    }

    /// `w:pPr` as written, its `w:pStyle` set to `style` when given.
    private static func paragraphProperties(_ properties: TreeNode?, style: String?) -> String {
        guard let style else { return properties?.xmlString ?? "" }
        let styleXML = "<w:pStyle w:val=\"\(SafeText.escape(style))\"/>"
        guard let properties else { return "<w:pPr>\(styleXML)</w:pPr>" }
        var xml = properties.xmlString
        if let range = xml.range(of: #"<w:pStyle [^>]*/>"#, options: .regularExpression) {
            xml.replaceSubrange(range, with: styleXML)
        } else if let range = xml.range(of: "<w:pPr>") {
            xml.replaceSubrange(range, with: "<w:pPr>" + styleXML)
        } else if xml.hasPrefix("<w:pPr/>") {
            xml = "<w:pPr>\(styleXML)</w:pPr>"
        }
        return xml
    }

    init(open: [UInt8], close: [UInt8], bullet: [UInt8]?, subBullet: [UInt8]?, subHeading: [UInt8]?) {
        self.open = open
        self.close = close
        self.bullet = bullet
        self.subBullet = subBullet
        self.subHeading = subHeading
    }
}

extension BulletStyles {
    /// Word: the paragraph styles (their ids) for the lines of a value, by name, from
    /// `word/styles.xml`; and the styles that number or bullet their paragraphs.
    static func findWord(in styles: Document?) -> (bullets: BulletStyles, listStyles: Set<String>) {
        var result = BulletStyles()
        var lists: Set<String> = []
        guard let root = styles?.rootNode else { return (result, lists) }
        for style in root.childElements where style.isWord("style") && style.attribute(Word.main, "type") == "paragraph" {
            guard let id = style.attribute(Word.main, "styleId") else { continue }
            if style.firstChild(Word.main, "pPr")?.firstChild(Word.main, "numPr") != nil { lists.insert(id) }
            result.consider(id, label: style.firstChild(Word.main, "name")?.attribute(Word.main, "val") ?? id)
        }
        return (result, lists)
    }
}
