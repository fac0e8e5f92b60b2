import VanbanODF

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

    /// Puts `<text:bookmark text:name="name"/>` at the start of the first paragraph or heading
    /// found in `output` from `start` on; nothing when there is none.
    static func insertBookmark(_ name: String, into output: inout [UInt8], from start: Int) {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        var index = start
        let end = output.count
        while index + 8 < end {
            guard output[index] == lt, output[index + 1..<index + 6].elementsEqual("text:".utf8),
                output[index + 6] == UInt8(ascii: "p") || output[index + 6] == UInt8(ascii: "h"),
                [UInt8(ascii: " "), gt, slash, UInt8(ascii: "\n"), UInt8(ascii: "\t")].contains(output[index + 7])
            else {
                index += 1
                continue
            }
            let element = output[index + 6] == UInt8(ascii: "p") ? "text:p" : "text:h"
            guard let close = output[(index + 7)...].firstIndex(of: gt) else { return }
            let mark = Array("<text:bookmark text:name=\"\(SafeText.escape(name))\"/>".utf8)
            if output[close - 1] == slash {
                // An empty paragraph: opened and closed around the bookmark.
                output.replaceSubrange((close - 1)...close, with: [gt] + mark + Array("</\(element)>".utf8))
            } else {
                output.insert(contentsOf: mark, at: close + 1)
            }
            return
        }
    }

    /// Whether each record's pages, cut out of one document, are what the record alone would
    /// give: nothing before the body depends on the data (headers come from the first record)
    /// and no field counts the document's pages.
    var separatesRecords: Bool {
        func fixed(_ nodes: [Node]) -> Bool {
            nodes.allSatisfy { node in
                switch node {
                case .text(let bytes): return !bytes.containsPageCount
                case .uniqueName, .pageStyle: return true
                default: return false
                }
            }
        }
        func countsPages(_ nodes: [Node]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text(let bytes): return bytes.containsPageCount
                case .section(_, let content), .inverted(_, let content): return countsPages(content)
                case .block(_, let block): return countsPages(block.nodes)
                default: return false
                }
            }
        }
        /// A paragraph or heading every record writes, for the mark of its first page: one in
        /// the body's own text, not only inside sections that a record may leave out.
        func alwaysHasParagraph(_ nodes: [Node]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text(let bytes): return bytes.contains("<text:p") || bytes.contains("<text:h")
                case .paragraphValue: return true
                default: return false
                }
            }
        }
        return fixed(prefix) && fixed(suffix) && !countsPages(body) && alwaysHasParagraph(body)
    }
}

extension [UInt8] {
    /// Holds a `text:page-count` field (the whole document's page count).
    fileprivate var containsPageCount: Bool { contains("<text:page-count") }

    /// Holds the UTF-8 bytes of `text`.
    fileprivate func contains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard count >= needle.count else { return false }
        for index in 0...(count - needle.count) where self[index] == needle[0] {
            if self[index..<index + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
