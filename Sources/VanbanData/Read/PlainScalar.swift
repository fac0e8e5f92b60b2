import Yams

/// What an unquoted YAML (or JSON) scalar is, told by hand instead of by Yams's regular
/// expressions: `~`, `null` and nothing are null; only `true`/`false` (in three cases) are
/// booleans, YAML 1.1's `yes`, `no`, `on`, `off` stay text; digits with a sign and one dot are a
/// number (`05` stays `05` when printed, ``YAMLReader``); the rest is text. Hexadecimal, octal
/// with `0o`, `1_000`, `1e5`, `.inf` and `12:30` are text too, as vanban always read them.
enum PlainScalar {
    static func kind(of text: String) -> Tag.Name {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
        default: return isNumber(text) ? .float : .str
        }
    }

    /// `[-+]?[0-9]+(\.[0-9]*)?` or `\.[0-9]+`.
    private static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
            guard bytes.first != UInt8(ascii: ".") else { return false }
        }
        let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        let whole = bytes.prefix(while: isDigit)
        var rest = bytes.dropFirst(whole.count)
        if rest.isEmpty { return !whole.isEmpty }
        guard rest.first == UInt8(ascii: ".") else { return false }
        rest = rest.dropFirst()
        let fraction = rest.prefix(while: isDigit)
        guard fraction.count == rest.count else { return false }
        return !whole.isEmpty || !fraction.isEmpty
    }
}
