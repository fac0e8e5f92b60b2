import CLibXML2
import VanbanODF

/// The text of one Word paragraph (`w:p`) as the clerk typed it, with where each character
/// lives: Word and LibreOffice split typed text into runs (`w:r`/`w:t`) at every change of
/// formatting, spell-check mark, revision or bookmark. Tags are found in this text.
struct DOCXParagraphText {
    enum Piece {
        /// A text node inside `w:t`, whole.
        case text(XMLNodePointer)
        /// A mark with no text (proofing, bookmark, comment, deletion): transparent to tags.
        case mark(XMLNodePointer)
        /// Anything else inline (a tab, a break, a field code, a drawing): a tag cannot cross it.
        case opaque(XMLNodePointer, String)
    }

    struct Segment {
        var piece: Piece
        /// The range of the piece in ``scalars``.
        var range: Range<Int>
    }

    let paragraph: XMLNodePointer
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var segments: [Segment] = []

    init(_ paragraph: XMLNodePointer) {
        self.paragraph = paragraph
        collect(paragraph)
    }

    var text: String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars)
        return string
    }

    private mutating func append(_ piece: Piece, _ text: some Sequence<Unicode.Scalar>) {
        let start = scalars.count
        scalars.append(contentsOf: text)
        segments.append(Segment(piece: piece, range: start..<scalars.count))
    }

    private mutating func collect(_ node: XMLNodePointer) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            guard current.isWordElement else {
                append(.opaque(current, "\u{FFFC}"), ["\u{FFFC}"])
                continue
            }
            let name = current.localName
            switch name {
            case _ where Word.properties.contains(name):
                continue
            case "r":
                collect(current)
            case "t":
                var text = current.pointee.children
                while let each = text {
                    if each.pointee.type == XML_TEXT_NODE { append(.text(each), each.content.unicodeScalars) }
                    text = each.pointee.next
                }
            case "tab", "ptab":
                append(.opaque(current, "\t"), ["\t"])
            case "br", "cr":
                append(.opaque(current, "\n"), ["\n"])
            case _ where Word.containers.contains(name):
                collect(current)
            case _ where Word.marks.contains(name):
                append(.mark(current), [])
            default:
                append(.opaque(current, "\u{FFFC}"), ["\u{FFFC}"])
            }
        }
    }

    /// The paragraph's text for messages: shortened around `range`.
    func context(around range: Range<Int>) -> String {
        let text = self.text.replacingOccurrences(of: "\u{FFFC}", with: "").replacingOccurrences(of: "\n", with: " ")
        if text.count <= 70 { return text.trimmed }
        let start = max(0, range.lowerBound - 30)
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars[start..<min(scalars.count, range.upperBound + 30)])
        return (start > 0 ? "…" : "") + string.replacingOccurrences(of: "\n", with: " ") + "…"
    }
}
