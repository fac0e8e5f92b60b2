import Foundation

/// A Vietnamese personal name: họ (family name, first word), tên đệm (middle) and tên (given
/// name, last word). Lists are sorted by tên, then họ and đệm, in Vietnamese alphabetical order.
public struct PersonName: Equatable, Sendable, Comparable, CustomStringConvertible {
    /// `Nguyễn`.
    public let family: String
    /// `Thị Minh` (may be empty).
    public let middle: String
    /// `Đào`.
    public let given: String

    /// Splits a full name; spaces are normalised and the text made NFC.
    public init(_ fullName: String) {
        let words = fullName.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        family = words.count > 1 ? words[0] : ""
        given = words.last ?? ""
        middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
    }

    /// The full name, its parts joined by spaces.
    public var description: String { [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ") }

    /// Tên first, then họ and đệm, each in Vietnamese order.
    public static func < (a: PersonName, b: PersonName) -> Bool {
        let byGiven = VietnameseOrder.compare(a.given, b.given)
        if byGiven != .orderedSame { return byGiven == .orderedAscending }
        return VietnameseOrder.compare("\(a.family) \(a.middle)", "\(b.family) \(b.middle)") == .orderedAscending
    }

    /// Every word with a capital first letter: `nguyễn thị đào` → `Nguyễn Thị Đào`.
    public static func properCase(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(separator: " ", omittingEmptySubsequences: false)
            .map { word in word.prefix(1).uppercased() + word.dropFirst().lowercased() }
            .joined(separator: " ")
    }

    /// Ông or Bà from a gender as a list writes it (`Nam`, `nữ`, `M`, `F`).
    public static func honorific(gender: String) throws(RulesError) -> String {
        switch gender.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces).lowercased() {
        case "nam", "m", "male", "ông", "ong": return "Ông"
        case "nữ", "nu", "f", "female", "bà", "ba": return "Bà"
        default: throw .unknownValue(gender, field: "giới tính", known: ["Nam", "Nữ"])
        }
    }
}
