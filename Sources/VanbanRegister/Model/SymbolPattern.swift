import Foundation

/// A ký hiệu pattern: text with placeholders that the register fills when it gives a number.
///
/// - `{so}`: the number, with a leading zero below 10 (`05`, `12`, `123`); required.
/// - `{loai}`: the document kind's abbreviation (`QĐ`).
/// - `{co_quan}`: the issuing office's abbreviation (the series' agency, `SYT`).
/// - `{don_vi}`: the drafting unit's abbreviation (`VP`), empty when not given.
/// - `{nam}`: the year of the number (`2026`).
///
/// `{so}/{loai}-{co_quan}` with number 5, kind `QĐ`, agency `SYT` gives `05/QĐ-SYT`.
public struct SymbolPattern: Sendable, Equatable {
    /// The placeholders a pattern may use.
    public static let placeholders = ["so", "loai", "co_quan", "don_vi", "nam"]

    /// The pattern's text.
    public let text: String

    /// Parses a pattern; throws ``RegisterError/unknownPlaceholder(_:pattern:)`` or
    /// ``RegisterError/patternWithoutNumber(_:)``.
    public init(_ text: String) throws {
        let text = text.precomposedStringWithCanonicalMapping
        var sawNumber = false
        for name in Self.names(in: text) {
            guard Self.placeholders.contains(name) else {
                throw RegisterError.unknownPlaceholder(name, pattern: text)
            }
            if name == "so" { sawNumber = true }
        }
        guard sawNumber else { throw RegisterError.patternWithoutNumber(text) }
        self.text = text
    }

    /// The number as the ký hiệu writes it: two digits at least.
    public static func numberText(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

    /// The ký hiệu for these values. A dangling separator left by an empty `{don_vi}` is dropped
    /// (`{so}/{loai}-{co_quan}-{don_vi}` without a unit gives `05/QĐ-SYT`).
    public func symbol(number: Int, kind: String, agency: String, unit: String, year: Int) -> String {
        let values = ["so": Self.numberText(number), "loai": kind, "co_quan": agency, "don_vi": unit,
                      "nam": String(year)]
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            let value = values[name] ?? ""
            if value.isEmpty, let last = result.last, "-/.".contains(last) {
                result.removeLast()
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result.precomposedStringWithCanonicalMapping
    }

    private static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
