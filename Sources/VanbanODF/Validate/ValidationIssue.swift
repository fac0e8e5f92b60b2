/// One place where a document does not follow the ODF schema.
public struct ValidationIssue: Equatable, Sendable, CustomStringConvertible {
    /// The part of a package (`content.xml`), or `nil` for a flat file.
    public var part: String?
    /// The line in the file or part (0 when unknown).
    public var line: Int
    /// libxml2's message.
    public var message: String

    /// An issue at `line` of `part` (of the package, or the flat file when `nil`).
    public init(part: String? = nil, line: Int, message: String) {
        self.part = part
        self.line = line
        self.message = message
    }

    /// `file:line: message`, with the part after the file name for a package.
    public func located(in path: String) -> String {
        let file = part.map { "\(path)/\($0)" } ?? path
        return "\(file):\(line): \(message)"
    }

    /// The issue with its line and column.
    public var description: String { located(in: "") }
}
