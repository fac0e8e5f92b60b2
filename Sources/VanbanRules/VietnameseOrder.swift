import Foundation

/// Vietnamese alphabetical order, as dictionaries and the CLDR `vi` collation sort:
/// letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, compared first without
/// tones; then tones in the order none, huyền, hỏi, ngã, sắc, nặng; then case.
///
/// Foundation's locale-aware comparison is not relied on: on Linux it depends on the ICU data
/// shipped, and this order must be the same on every machine.
public enum VietnameseOrder {
    private static let letters: [Character] = Array("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    private static let rank: [Character: Int] = {
        var rank: [Character: Int] = [:]
        for (index, letter) in letters.enumerated() { rank[letter] = index }
        return rank
    }()
    private static let toneMarks: [Unicode.Scalar: Int] = [
        "\u{0300}": 1, "\u{0309}": 2, "\u{0303}": 3, "\u{0301}": 4, "\u{0323}": 5,
    ]

    /// The sort key of one character: (letter rank, tone, is upper case).
    static func key(_ character: Character) -> (Int, Int, Int) {
        let lower = Character(String(character).lowercased())
        let isUpper = lower != character ? 1 : 0
        var base = ""
        var tone = 0
        for scalar in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = toneMarks[scalar] { tone = mark } else { base.unicodeScalars.append(scalar) }
        }
        let letter = Character(base.precomposedStringWithCanonicalMapping)
        if let position = rank[letter] { return (position * 2 + 1000, tone, isUpper) }
        // Digits, spaces and other characters: before letters, by code point.
        let value = Int(letter.unicodeScalars.first?.value ?? 0)
        return (value < 1000 ? value : value + 1000, tone, isUpper)
    }

    /// Compares two texts in Vietnamese order.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let keysA = a.precomposedStringWithCanonicalMapping.map(key)
        let keysB = b.precomposedStringWithCanonicalMapping.map(key)
        for level in 0..<3 {
            for (x, y) in zip(keysA, keysB) {
                let (u, v) = level == 0 ? (x.0, y.0) : level == 1 ? (x.1, y.1) : (x.2, y.2)
                if u != v { return u < v ? .orderedAscending : .orderedDescending }
            }
            if level == 0 && keysA.count != keysB.count {
                return keysA.count < keysB.count ? .orderedAscending : .orderedDescending
            }
        }
        return .orderedSame
    }
}
