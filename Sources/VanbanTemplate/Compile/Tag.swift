/// The inside of a `{{ … }}` tag once read: its kind, the name it looks up and the formatters
/// its value goes through.
struct Tag: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case variable
        /// `{{{x}}}` or `{{&x}}`: not escaped in text templates (always escaped in ODF).
        case unescaped
        case section
        case inverted
        case close
        case partial
        case comment
        case delimiters
        /// `{{$x}}`.
        case block
        /// `{{<x}}`.
        case parent
    }

    var kind: Kind
    /// The name as written (`co_quan.ten`, `.`, `@stt`, `*dynamic` for dynamic names).
    var name: String {
        didSet {
            path = Self.split(name)
            isField = Self.isField(name, path)
        }
    }
    /// The name split at its dots, once.
    private(set) var path: [String]
    /// A name of one part looked up in the data (not `.`, `@stt`, `a.b`).
    private(set) var isField: Bool
    /// Where the name was last found in a record (``LookupHint``).
    let hint = LookupHint()
    var formatters: [FormatterCall] = []
    var location: SourceLocation

    init(kind: Kind, name: String, formatters: [FormatterCall] = [], location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.path = Self.split(name)
        isField = Self.isField(name, path)
        self.formatters = formatters
        self.location = location
    }

    private static func isField(_ name: String, _ path: [String]) -> Bool {
        path.count == 1 && name != "." && !name.hasPrefix("@")
    }

    private static func split(_ name: String) -> [String] {
        name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether this kind of tag prints nothing itself, so that a line holding only such tags is
    /// dropped whole ("standalone").
    var canStandAlone: Bool {
        switch kind {
        case .variable, .unescaped: return false
        default: return true
        }
    }
}

/// One `| name: argument, …` step.
struct FormatterCall: Equatable, Sendable {
    var name: String
    var arguments: [String]
}
