import CLibXML2
import VanbanODF

/// The text of one ODF paragraph as the clerk typed it, with where each character lives:
/// LibreOffice splits typed text into spans, writes runs of spaces as `text:s`, and drops
/// bookmarks and soft page breaks in the middle of words. Tags are found in this text.
struct ParagraphText {
    enum Piece {
        /// A text node, whole.
        case text(XMLNodePointer)
        /// `text:s`: spaces.
        case spaces(XMLNodePointer, count: Int)
        /// A marker with no text (bookmark, soft page break, change mark): transparent to tags.
        case marker(XMLNodePointer)
        /// Anything else inline (a field, a frame, a note, a tab, a line break): a tag cannot cross it.
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

    private static let markers: Set<String> = [
        "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
        "reference-mark-start", "reference-mark-end", "change", "change-start", "change-end",
        "alphabetical-index-mark", "alphabetical-index-mark-start", "alphabetical-index-mark-end",
        "toc-mark", "toc-mark-start", "toc-mark-end", "user-index-mark", "user-index-mark-start",
        "user-index-mark-end",
    ]
    /// The most spaces one `text:s` stands for here (LibreOffice writes a few).
    static let maxSpaces = 10_000

    /// Inline containers whose text is part of the paragraph's text.
    private static let containers: Set<String> = ["span", "a", "meta", "ruby", "ruby-base"]

    private mutating func append(_ piece: Piece, _ text: some Sequence<Unicode.Scalar>) {
        let start = scalars.count
        scalars.append(contentsOf: text)
        segments.append(Segment(piece: piece, range: start..<scalars.count))
    }

    private mutating func collect(_ node: XMLNodePointer) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                append(.text(current), current.content.unicodeScalars)
            case XML_ELEMENT_NODE:
                let name = current.localName
                if current.namespaceURI == Namespace.text {
                    if name == "s" {
                        // `text:c` is the file's word: at least 1, at most a page of spaces.
                        let written = current.attribute(Namespace.text, "c").flatMap(Int.init) ?? 1
                        let count = min(max(1, written), Self.maxSpaces)
                        append(.spaces(current, count: count), Array(repeating: " ", count: count))
                        continue
                    }
                    if Self.markers.contains(name) {
                        append(.marker(current), [])
                        continue
                    }
                    if Self.containers.contains(name) {
                        collect(current)
                        continue
                    }
                    if name == "tab" { append(.opaque(current, "\t"), ["\t"]); continue }
                    if name == "line-break" { append(.opaque(current, "\n"), ["\n"]); continue }
                }
                if current.namespaceURI == Namespace.office && (name == "annotation" || name == "annotation-end") {
                    append(.marker(current), [])
                    continue
                }
                append(.opaque(current, "\u{FFFC}"), ["\u{FFFC}"])
            default:
                continue
            }
        }
    }

    /// The pieces a tag at `range` covers, in order: those overlapping it, and markers strictly
    /// inside it (markers at its edges stay outside). Found by binary search: segments are in
    /// text order.
    func segments(overlapping range: Range<Int>) -> [Segment] {
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].range.upperBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Segment] = []
        var index = low
        while index < segments.count, segments[index].range.lowerBound < range.upperBound {
            let segment = segments[index]
            let inside = segment.range.isEmpty
                ? range.lowerBound < segment.range.lowerBound
                : segment.range.overlaps(range)
            if inside { result.append(segment) }
            index += 1
        }
        return result
    }

    /// The paragraph's text for messages: shortened around `range`.
    func context(around range: Range<Int>) -> String {
        // Long paragraphs are cut without building their whole text (one message per tag).
        if scalars.count <= 200 {
            let text = self.text.replacingOccurrences(of: "\u{FFFC}", with: "").replacingOccurrences(of: "\n", with: " ")
            if text.count <= 70 { return text.trimmed }
        }
        let scalarsBefore = scalars[..<range.lowerBound].count
        let start = max(0, scalarsBefore - 30)
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars[start..<min(scalars.count, range.upperBound + 30)])
        return (start > 0 ? "…" : "") + string.replacingOccurrences(of: "\n", with: " ") + "…"
    }
}
