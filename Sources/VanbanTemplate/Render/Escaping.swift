import VanbanODF

/// How values are written into the output.
enum Escaping: Sendable {
    /// Plain text templates: as they are.
    case none
    /// `.html`, `.htm`, `.xml` templates: `&`, `<`, `>`, `"` escaped, as the Mustache spec says.
    case html
    /// ODF templates: always escaped, line breaks, tabs and spaces as ODF elements (SafeText).
    case odf
    /// Word templates: always escaped; the value stands in a `w:t` with `xml:space="preserve"`,
    /// so spaces stay; a line break closes the `w:t` for a `w:br`, a tab for a `w:tab`.
    case docx

    func append(_ text: String, escaped: Bool, to output: inout [UInt8], dropped: inout [String]) {
        switch self {
        case .none:
            output.append(contentsOf: text.utf8)
        case .html:
            guard escaped else {
                output.append(contentsOf: text.utf8)
                return
            }
            // The Mustache spec's four: `'` stays as it is.
            Self.appendEntities(text, apostrophe: false, to: &output)
        case .odf, .docx:
            switch Self.plainness(text) {
            case .plain?:
                output.append(contentsOf: text.utf8)
                return
            case .withEntities?:
                // Only `& < > " '` to escape: straight into the bytes, as SafeText would.
                Self.appendEntities(text, apostrophe: true, to: &output)
                return
            case nil:
                break
            }
            let safe = SafeText(text)
            dropped += safe.droppedCharacters
            guard self == .docx else {
                output.append(contentsOf: safe.xml.utf8)
                return
            }
            for piece in safe.pieces {
                switch piece {
                case .text(let text): output.append(contentsOf: SafeText.escape(text).utf8)
                case .lineBreak: output.append(contentsOf: "</w:t><w:br/><w:t xml:space=\"preserve\">".utf8)
                case .tab: output.append(contentsOf: "</w:t><w:tab/><w:t xml:space=\"preserve\">".utf8)
                case .spaces(let count): output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
                }
            }
        }
    }

    /// `text`'s bytes with `& < > "` (and `'` when `apostrophe`) written as XML entities.
    private static func appendEntities(_ text: String, apostrophe: Bool, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'") where apostrophe: output.append(contentsOf: "&apos;".utf8)
            default: output.append(byte)
            }
        }
    }

    /// How plain a value is, on the fast path of ODF and Word values.
    enum Plainness {
        /// Written as it is.
        case plain
        /// Written as it is but for `& < > " '`.
        case withEntities
    }

    /// Text that needs no spacing elements and is already NFC (ASCII letters and digits, single
    /// inner spaces, and precomposed Vietnamese), with or without characters XML escapes;
    /// `nil` for anything else (line breaks, tabs, runs of spaces, decomposed or control
    /// characters), which SafeText handles.
    static func plainness(_ text: String) -> Plainness? {
        var previousSpace = true
        var entities = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20:
                if previousSpace { return nil }
                previousSpace = true
                continue
            case 0x21...0x7E:
                if scalar == "<" || scalar == ">" || scalar == "&" || scalar == "\"" || scalar == "'" { entities = true }
            case 0xC0...0x1B0, 0x1EA0...0x1EF9:
                break  // precomposed Latin letters with diacritics (NFC already)
            case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF:
                break  // dashes, quotes, bullets, arrows, mathematical signs: NFC as they are
            default:
                return nil
            }
            previousSpace = false
        }
        guard !previousSpace || text.isEmpty else { return nil }
        return entities ? .withEntities : .plain
    }
}
