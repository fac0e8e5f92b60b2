import VanbanODF

/// A tag found in a document: its marker (`<?vanban N?>`) stands where the tag was.
struct FoundTag {
    var tag: Tag
    var marker: TreeNode
    var paragraph: TreeNode
    /// The tag is the only thing in its paragraph (white space aside).
    var alone: Bool
}
