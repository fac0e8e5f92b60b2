/// A document as the checker sees it, whatever its format: its paragraphs in reading order with
/// resolved looks, and its page setup. Made by ``WordReader`` (.docx) or ``ODFReader`` (.odt, .fodt).
public struct FormattedDocument: Sendable {
    public var paragraphs: [Paragraph]
    public var page: PageSetup?
    /// The text of the page header used from page 2 on holds a page-number field.
    public var headerHasPageNumber = false

    public init(paragraphs: [Paragraph], page: PageSetup?, headerHasPageNumber: Bool = false) {
        self.paragraphs = paragraphs
        self.page = page
        self.headerHasPageNumber = headerHasPageNumber
    }
}
