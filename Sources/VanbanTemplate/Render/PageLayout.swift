/// An ODF template cut around its body, to put many records in one file with a page each.
struct PageLayout: Sendable {
    /// Everything before the body's content (styles, master pages with their headers).
    let prefix: [Node]
    /// The body's content: rendered once per record.
    let body: [Node]
    /// What closes the document.
    let suffix: [Node]
    /// The first block carries a page-style slot; otherwise a page-break paragraph is put
    /// between records.
    let hasPageStyle: Bool

    /// An empty paragraph that breaks the page (its styles are added by the compiler).
    static func breakParagraph(restartNumbering: Bool) -> [UInt8] {
        let style = "Vanban_5f_Trang_5f_Doan" + (restartNumbering ? PageBreakStyle.restartSuffix : "")
        return Array("<text:p text:style-name=\"\(style)\"/>".utf8)
    }
}
