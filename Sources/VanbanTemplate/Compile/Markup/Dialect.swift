import VanbanODF

/// An XML vocabulary of word-processing documents, as the compiler's one healing and lifting
/// core needs to know it: which elements are paragraphs, which inline elements carry text,
/// spaces, marks or barriers, what repeats whole, and what a paragraph emptied by its tags
/// becomes. ODF (``ODFDialect``) and WordprocessingML (``WordDialect``) are the two.
protocol Dialect {
    /// Whether text nodes directly in a paragraph or an inline container are part of its
    /// text (ODF), or only those in a ``InlineRole/textHolder`` (Word's `w:t`).
    static var textOutsideHolders: Bool { get }

    /// What an object inside a tag is called in the message refusing it.
    static var objectsInTag: String { get }

    /// Whether `element` is a paragraph, whose text tags are found in.
    func isParagraph(_ element: TreeNode) -> Bool

    /// What the text of a paragraph makes of an inline element.
    func role(of element: TreeNode) -> InlineRole

    /// The "line" of messages about the paragraph, `number` its place (1-based) in the part.
    func line(of paragraph: TreeNode, number: Int) -> Int

    /// Whether a mark a tag covered stays (moved just before the tag's marker) rather than going.
    func keepsMark(_ mark: TreeNode) -> Bool

    /// Called once a tag is healed into the text node `first`, the marker after it.
    func healed(into first: TreeNode)

    /// Called once every tag of `paragraph` is healed: `emptied` are the elements (not the
    /// paragraph) whose text nodes healing removed.
    func tidy(_ paragraph: TreeNode, emptied: [TreeNode])

    /// Whether `element`, the nearest common ancestor of a section's two tags, repeats whole
    /// (a table row, a list item): its parent holds the section.
    func repeatsWhole(_ element: TreeNode) -> Bool

    /// A section whose two tags are in `paragraph`.
    func liftWithinParagraph(open: FoundTag, close: FoundTag, lifter: StructureLifter<Self>)

    /// A partial's tag (`{{> name}}`); its marker replaced by its content later.
    func liftPartial(_ item: FoundTag) throws(TemplateError)

    /// Whether nothing but `node`, before or after a tag, stands between it and its paragraph's
    /// edge for the tag to fill the paragraph.
    func isEdgeFiller(_ node: TreeNode) -> Bool

    /// Whether a paragraph holds nothing a reader sees.
    func isBlank(_ paragraph: TreeNode) -> Bool

    /// Removes a paragraph its tags emptied, or empties it where a paragraph must stay.
    func removeOrEmpty(_ paragraph: TreeNode)
}
