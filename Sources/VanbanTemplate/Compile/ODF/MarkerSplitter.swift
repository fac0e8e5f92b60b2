import Foundation
import VanbanODF

/// Cuts the serialised document at its markers into tokens: literal XML, tags, paragraph
/// values, unique-name slots, the page-style slot, and the body's edges.
struct MarkerSplitter {
    let found: [FoundTag]
    let names: [UniqueNames.Name]
    let pageStyle: (first: String, following: String)?
    /// For each value alone in its paragraph (which the marker replaced): the paragraph's XML.
    let shapes: [Int: ParagraphShape]

    private static let markerStart = Array("<?vanban".utf8)

    func split(_ bytes: [UInt8]) throws(TemplateError) -> ODFCompiler.Output {
        var sections: [[Token]] = [[]]
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { sections[sections.count - 1].append(Token(.text(text))) }
            text = []
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), bytes[index...].starts(with: Self.markerStart),
                let end = TextTokenizer.find(Array("?>".utf8), in: bytes, from: index)
            {
                let content = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                let parts = content.split(separator: " ")
                if parts.first == "vanban", parts.count == 2, let number = Int(parts[1]) {
                    flush()
                    let item = found[number]
                    if let shape = shapes[number] {
                        sections[sections.count - 1].append(Token(.paragraphValue(item.tag, shape)))
                    } else {
                        sections[sections.count - 1].append(Token(.tag(item.tag)))
                    }
                    index = end + 2
                    continue
                }
                if parts.first == "vanban-body" {
                    flush()
                    sections.append([])
                    index = end + 2
                    continue
                }
            }
            // U+E000 … U+E002 are EE 80 80 … EE 80 82 in UTF-8.
            if byte == 0xEE, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x80,
                    let close = TextTokenizer.find([0xEE, 0x80, 0x81], in: bytes, from: index + 3),
                    let number = Int(String(decoding: bytes[(index + 3)..<close], as: UTF8.self)), number < names.count
                {
                    flush()
                    sections[sections.count - 1].append(Token(.uniqueName(names[number].original, introduces: names[number].introduces)))
                    index = close + 3
                    continue
                }
                if bytes[index + 2] == 0x82, let pageStyle {
                    flush()
                    sections[sections.count - 1].append(Token(.pageStyle(first: pageStyle.first, following: pageStyle.following)))
                    index = index + 3
                    continue
                }
            }
            text.append(byte)
            index += 1
        }
        flush()
        while sections.count < 3 { sections.append([]) }
        return ODFCompiler.Output(prefix: sections[0], body: sections[1], suffix: sections[2], pageStyle: pageStyle)
    }
}

/// The paragraph around a value alone in it: its opening (with the spans around the value) and
/// closing XML, so that each paragraph of the value is written in the same style; and the same
/// opening with the template's bullet styles, when it has them.
struct ParagraphShape: Sendable {
    /// Replaces the value's paragraph by its marker and keeps the paragraph's shape.
    static func take(_ found: [FoundTag], bullets: BulletStyles) -> [Int: ParagraphShape] {
        var shapes: [Int: ParagraphShape] = [:]
        for (index, item) in found.enumerated() where item.alone && [.variable, .unescaped].contains(item.tag.kind) {
            shapes[index] = ParagraphShape(marker: item.marker, paragraph: item.paragraph, bullets: bullets)
            item.paragraph.insertBefore(item.marker.unlink())
            item.paragraph.remove()
        }
        return shapes
    }

    let open: [UInt8]
    let close: [UInt8]
    let bullet: [UInt8]?
    let subBullet: [UInt8]?
    /// The opening in the template's "Tiểu mục" style (kept with what follows), for a value's
    /// numbered sub-headings (`1. …`, `a) …`).
    let subHeading: [UInt8]?

    init(marker: TreeNode, paragraph: TreeNode, bullets: BulletStyles) {
        let chain = Self.chain(from: marker.parent, upTo: paragraph)
        func opening(style: String?) -> [UInt8] {
            var text = ""
            for (index, node) in chain.enumerated() {
                text += Self.startTag(node, style: index == 0 ? style : nil)
            }
            return Array(text.utf8)
        }
        open = opening(style: nil)
        close = Array(chain.reversed().map { "</\($0.qualifiedName)>" }.joined().utf8)
        bullet = bullets.bullet.map { opening(style: $0) }
        subBullet = bullets.subBullet.map { opening(style: $0) }
        subHeading = bullets.subHeading.map { opening(style: $0) }
    }

    /// `first` and its ancestors up to `paragraph`, the paragraph first.
    static func chain(from first: TreeNode?, upTo paragraph: TreeNode) -> [TreeNode] {
        var chain: [TreeNode] = []
        var current = first
        while let node = current {
            chain.append(node)
            if node == paragraph { break }
            current = node.parent
        }
        return chain.reversed()
    }

    /// The start tag of `node`; `style` replaces its `text:style-name`.
    static func startTag(_ node: TreeNode, style: String?) -> String {
        var tag = "<" + node.qualifiedName
        for attribute in node.attributes {
            let prefix = attribute.prefix.map { $0 + ":" } ?? ""
            var value = attribute.value
            if let style, attribute.localName == "style-name", attribute.namespaceURI == Namespace.text {
                value = style
            }
            tag += " \(prefix)\(attribute.localName)=\"\(SafeText.escape(value))\""
        }
        return tag + ">"
    }
}

/// The paragraph styles a template offers for the lines of a value: named (or displayed as)
/// "Gạch đầu dòng" / "List Bullet" / "Bullet" for `- `, the same with " 2" for `+ `, and
/// "Tiểu mục" / "Subheading" for a numbered sub-heading (`1. …`, `a) …`), which its style
/// keeps on the page of what follows it.
struct BulletStyles: Sendable {
    var bullet: String?
    var subBullet: String?
    var subHeading: String?

    static func find(in document: Document) -> BulletStyles {
        var result = BulletStyles()
        guard let styles = document.rootNode?.firstChild(Namespace.office, "styles") else { return result }
        for style in styles.childElements where style.isElement(Namespace.style, "style")
            && style.attribute(Namespace.style, "family") == "paragraph"
        {
            guard let name = style.attribute(Namespace.style, "name") else { continue }
            result.consider(name, label: style.attribute(Namespace.style, "display-name") ?? name.replacingOccurrences(of: "_20_", with: " "))
        }
        return result
    }

    /// Takes the style `name` (labelled `label`) for the first role its label names.
    mutating func consider(_ name: String, label: String) {
        let label = Self.fold(label)
        let bullets = ["gach dau dong", "list bullet", "bullet"]
        if bullets.contains(label), bullet == nil { bullet = name }
        if bullets.map({ $0 + " 2" }).contains(label), subBullet == nil { subBullet = name }
        if ["tieu muc", "subheading", "sub heading"].contains(label), subHeading == nil { subHeading = name }
    }

    /// Lower case without diacritics, for comparing style names.
    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.value < 0x300 || $0.value > 0x36F }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
    }
}
