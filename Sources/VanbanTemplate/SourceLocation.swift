/// Where in a template something is: the file, the line (and column in a text template), and
/// for an ODF template the text of the paragraph around the tag.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?
    /// The paragraph's text around the tag, shortened (ODF templates).
    public var context: String?

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
