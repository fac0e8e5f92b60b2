/// A compiled template: literal bytes and the tags that fill them, sections holding their
/// content. Built once; rendering walks it for each record.
indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Tag, escaped: Bool)
    /// ODF: a value alone in its paragraph (may become several paragraphs).
    case paragraphValue(Tag, ParagraphShape)
    /// ODF: a name kept unique when repeated; `introduces`: false for the end of a bookmark,
    /// which repeats the name its start was given.
    case uniqueName(String, introduces: Bool)
    /// ODF, one file with a page per record: the first block's style, which starts a new page
    /// from the second record on.
    case pageStyle(first: String, following: String)
    case section(Tag, [Node])
    case inverted(Tag, [Node])
    case partial(Tag, indent: String)
    case parent(Tag, indent: String, overrides: [String: Block])
    case block(Tag, Block)
}

/// The content of a `{{$name}}…{{/name}}` block, kept as tokens too so that it can be
/// re-indented where it is expanded.
struct Block: Sendable {
    /// Which block this is, for the expansions kept per template (``Expansions``).
    final class Identity: Sendable {}

    let identity = Identity()
    /// The template the block is written in.
    var file: String
    var tokens: [Token]
    var nodes: [Node]
    /// The opening tag stood alone on its line.
    var isStandalone: Bool
    /// The opening tag's indentation.
    var indent: String
    /// The line ending a standalone line lost, given back when the content has none.
    var lineEnding: String
}
