import VanbanODF
import VanbanRules

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

    /// `text`'s bytes with `& < > "` (and `'` when `apostrophe`) written as XML entities: the
    /// runs between them copied whole.
    private static func appendEntities(_ text: String, apostrophe: Bool, to output: inout [UInt8]) {
        func entity(_ byte: UInt8) -> StaticString? {
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'") where apostrophe: return "&apos;"
            default: return nil
            }
        }
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for index in 0..<bytes.count {
                guard let entity = entity(bytes[index]) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        guard copied == nil else { return }
        for byte in text.utf8 {
            if let entity = entity(byte) {
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            } else {
                output.append(byte)
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
        if let found = text.utf8.withContiguousStorageIfAvailable(plainness(of:)) { return found }
        var previousSpace = true
        var entities = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousSpace { return nil }
                previousSpace = true
                continue
            }
            guard let kind = kind(of: scalar.value) else { return nil }
            if kind { entities = true }
            previousSpace = false
        }
        guard !previousSpace || text.isEmpty else { return nil }
        return entities ? .withEntities : .plain
    }

    /// ``plainness(_:)`` read from the UTF-8 bytes.
    private static func plainness(of bytes: UnsafeBufferPointer<UInt8>) -> Plainness? {
        var previousSpace = true
        var entities = false
        let accepted = UTF8Walk.all(bytes) { scalar in
            if scalar == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                return true
            }
            guard let kind = kind(of: scalar) else { return false }
            if kind { entities = true }
            previousSpace = false
            return true
        }
        guard accepted, !previousSpace || bytes.isEmpty else { return nil }
        return entities ? .withEntities : .plain
    }

    /// A character other than a space on the fast path: `true` when XML escapes it, `false`
    /// when it is written as it is, `nil` when it leaves the fast path.
    @inline(__always)
    private static func kind(of scalar: UInt32) -> Bool? {
        switch scalar {
        case 0x21...0x7E:
            return scalar == 0x3C || scalar == 0x3E || scalar == 0x26 || scalar == 0x22 || scalar == 0x27
        case 0xC0...0x1B0, 0x1EA0...0x1EF9:
            return false  // precomposed Latin letters with diacritics (NFC already)
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF:
            return false  // dashes, quotes, bullets, arrows, mathematical signs: NFC as they are
        default:
            return nil
        }
    }
}
