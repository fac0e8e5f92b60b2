/// Characters a clerk cannot see that come into cells and data pasted from the web, Word or
/// chat: zero-width spaces and joiners, the word joiner, a byte-order mark, the soft hyphen,
/// and bidirectional controls. Left in, they split a name in two for a search, make two equal
/// names differ, and end up in file names; they are taken out of every value and reported.
public enum InvisibleCharacters {
    /// Whether `scalar` is one of them.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// `text` without them, or `nil` when it has none (the common case, found from its bytes).
    public static func removed(from text: String) -> String? {
        // Each of them is encoded from the lead byte 0xC2 (U+00AD), 0xE2 or 0xEF: text without
        // those bytes, as most cells are, has none.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF || $0 == 0xC2 }),
            text.unicodeScalars.contains(where: isInvisible)
        else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isInvisible($0) })
        return String(scalars)
    }
}
