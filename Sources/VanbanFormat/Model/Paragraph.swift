/// One paragraph of a document with its resolved properties, wherever it sits: the body, a
/// table cell (ND30 headers and signature blocks are borderless two-column tables), a page header.
public struct Paragraph: Sendable {
    /// Horizontal alignment.
    public enum Alignment: String, Sendable {
        case left, centre, right, justified
    }

    /// Where the paragraph sits.
    public struct Place: Sendable, Equatable {
        /// The index of the top-level table in the body, or `nil` outside tables.
        public var table: Int?
        public var row = 0
        public var column = 0
        public init(table: Int? = nil, row: Int = 0, column: Int = 0) {
            self.table = table
            self.row = row
            self.column = column
        }
    }

    public var runs: [TextRun]
    public var alignment: Alignment = .left
    /// First-line indent in millimetres (negative: hanging).
    public var firstLineIndent: Double = 0
    public var leftIndent: Double = 0
    public var rightIndent: Double = 0
    /// Space before and after, in points.
    public var spaceBefore: Double = 0
    public var spaceAfter: Double = 0
    /// A solid border under the paragraph.
    public var bottomBorder = false
    /// A drawing (a line, a shape) anchored in the paragraph.
    public var hasDrawing = false
    /// A page break before this paragraph (a break, a section or a page-breaking style).
    public var pageBreakBefore = false
    public var place = Place()

    public init(runs: [TextRun]) {
        self.runs = runs
    }

    /// The text as typed, runs joined.
    public var text: String { runs.map(\.text).joined() }

    /// The text with white space squeezed and trimmed.
    public var squeezedText: String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The runs that hold something other than white space.
    public var visibleRuns: [TextRun] {
        runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
    }

    /// The text as printed: runs shown in capitals are upper-cased.
    public var printedText: String {
        runs.map { $0.look.allCaps ? $0.text.uppercased() : $0.text }.joined()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
