/// Where in a template something is: the file, the line (and column in a text template), and
/// for an ODF template the text of the paragraph around the tag.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The template file, as given.
    public var file: String
    /// 1-based line (of the XML for an ODF template).
    public var line: Int
    /// 1-based column, in a text template.
    public var column: Int?
    /// The paragraph's text around the tag, shortened (ODF templates).
    public var context: String?

    /// A place in `file`.
    public init(file: String, line: Int, column: Int? = nil, context: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.context = context
    }

    /// `mau.fodt:41:17`, or `mau.fodt:41`.
    public var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    /// ` (ở đoạn «…»)` when the paragraph is known.
    var contextSuffix: String {
        context.map { " (ở đoạn «\($0)»)" } ?? ""
    }
}
