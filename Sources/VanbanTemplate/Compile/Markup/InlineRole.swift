/// What an inline element is to the text of its paragraph.
enum InlineRole {
    /// Not text and no barrier: properties.
    case ignored
    /// An inline container: its content is part of the text.
    case container
    /// An element whose text nodes are the text (`w:t`).
    case textHolder
    /// Spaces (`text:s`), `count` of them.
    case spaces(count: Int)
    /// A mark with no text (a bookmark, a change mark): transparent to tags.
    case mark
    /// Anything else inline (a tab, a line break, a field, a frame): a tag cannot cross it.
    case opaque(Unicode.Scalar)
}
