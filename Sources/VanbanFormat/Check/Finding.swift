/// One departure from the thể thức: which part, which rule, how serious, where, what the
/// document has and what NĐ 30/2020 asks. `found` and `expected` are short values (`Arial`,
/// `13–14 pt`), for the report writer and for tools.
public struct Finding: Sendable, Equatable, Codable {
    public enum Level: String, Sendable, Codable {
        case error
        case warning
    }

    public var part: Part
    public var rule: Rule
    public var level: Level
    /// The printed page (from 1).
    public var page: Int
    /// The start of the paragraph concerned, empty for page rules.
    public var text: String
    public var found: String
    public var expected: String

    /// The paragraph concerned (an index into the document's paragraphs), for placing it on a page.
    var paragraph: Int?

    enum CodingKeys: String, CodingKey {
        case part, rule, level, page, text, found, expected
    }

    public init(part: Part, rule: Rule, level: Level = .error, page: Int = 1, text: String = "", found: String, expected: String) {
        self.part = part
        self.rule = rule
        self.level = level
        self.page = page
        self.text = text
        self.found = found
        self.expected = expected
    }
}
