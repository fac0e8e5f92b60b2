import VanbanODF

/// The text of one paragraph as the clerk typed it, with where each character lives: word
/// processors split typed text into spans or runs at every change of formatting, spell-check
/// mark, revision or bookmark, and write runs of spaces as elements (`text:s`). Tags are found
/// in this text. What each element is comes from the ``Dialect``.
struct ParagraphText<Vocabulary: Dialect> {
    enum Piece {
        /// A text node, whole.
        case text(TreeNode)
        /// Spaces (`text:s`).
        case spaces(TreeNode, count: Int)
        /// A mark with no text: transparent to tags.
        case mark(TreeNode)
        /// Anything else inline: a tag cannot cross it.
        case opaque(TreeNode)
    }

    struct Segment {
        var piece: Piece
        /// The range of the piece in ``scalars``.
        var range: Range<Int>
    }

    let paragraph: TreeNode
    private let dialect: Vocabulary
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var segments: [Segment] = []

    init(_ paragraph: TreeNode, dialect: Vocabulary) {
        self.paragraph = paragraph
        self.dialect = dialect
        collect(paragraph, inHolder: false)
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

    private mutating func collect(_ node: TreeNode, inHolder: Bool) {
        var child = node.firstChildNode
        while let current = child {
            child = current.nextSibling
            if current.isText {
                if inHolder || Vocabulary.textOutsideHolders { append(.text(current), current.content.unicodeScalars) }
                continue
            }
            guard current.isElement, !inHolder else { continue }
            switch dialect.role(of: current) {
            case .ignored:
                continue
            case .container:
                collect(current, inHolder: false)
            case .textHolder:
                collect(current, inHolder: true)
            case .spaces(let count):
                append(.spaces(current, count: count), repeatElement(" ", count: count))
            case .mark:
                append(.mark(current), [])
            case .opaque(let scalar):
                append(.opaque(current), CollectionOfOne(scalar))
            }
        }
    }

    /// The pieces a tag at `range` covers, in order: those overlapping it, and marks strictly
    /// inside it (marks at its edges stay outside). Found by binary search: segments are in
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
        // One pass over the scalars (Foundation's replacing took a third of compiling a template).
        if scalars.count <= 200 {
            var text = ""
            for scalar in scalars where scalar != "\u{FFFC}" { text.unicodeScalars.append(scalar == "\n" ? " " : scalar) }
            if text.count <= 70 { return text.trimmed }
        }
        let start = max(0, range.lowerBound - 30)
        var string = start > 0 ? "…" : ""
        for scalar in scalars[start..<min(scalars.count, range.upperBound + 30)] {
            string.unicodeScalars.append(scalar == "\n" ? " " : scalar)
        }
        return string + "…"
    }
}
