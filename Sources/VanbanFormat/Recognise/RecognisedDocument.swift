/// A document with its paragraphs assigned to the parts of the thể thức.
public struct RecognisedDocument: Sendable {
    public let document: FormattedDocument
    public let kind: DocumentKind
    /// The paragraphs (indices into `document.paragraphs`) of each part found, in order.
    public let parts: [Part: [Int]]

    /// The paragraphs of `part`.
    public func paragraphs(_ part: Part) -> [Paragraph] {
        (parts[part] ?? []).map { document.paragraphs[$0] }
    }
}
