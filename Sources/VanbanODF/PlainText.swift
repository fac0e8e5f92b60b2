import CLibXML2

/// Reads the text of ODF paragraphs the way an office suite shows it (used for tests, previews
/// and checks: never for rendering).
enum PlainText {
    /// Appends one line per `text:p`/`text:h` below `node`, in document order.
    static func collect(_ node: XMLNodePointer, into lines: inout [String]) {
        for child in node.childElements {
            if child.isElement(Namespace.text, "p") || child.isElement(Namespace.text, "h") {
                var line = ""
                inline(child, into: &line)
                lines.append(line)
            } else {
                collect(child, into: &lines)
            }
        }
    }

    /// The text inside one paragraph.
    static func inline(_ node: XMLNodePointer, into text: inout String) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                text += current.content
            case XML_ELEMENT_NODE where current.namespaceURI == Namespace.text:
                switch current.localName {
                case "s":
                    let count = current.attribute(Namespace.text, "c").flatMap(Int.init) ?? 1
                    text += String(repeating: " ", count: min(max(1, count), 10_000))
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "note", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break",
                    "tracked-changes", "change-start", "change-end", "change":
                    break
                default: inline(current, into: &text)
                }
            case XML_ELEMENT_NODE:
                // Frames and drawings carry their own paragraphs, not this one's text, and
                // office:annotation is a comment; inline elements of other namespaces carry text.
                let namespace = current.namespaceURI
                if namespace == Namespace.office || namespace == Namespace.draw { break }
                inline(current, into: &text)
            default:
                break
            }
        }
    }
}
