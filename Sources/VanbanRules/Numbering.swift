/// The numbering of parts and points in a document body (SPEC §3).
public enum Numbering {
    /// Roman numerals for parts (`I.`, `II.`, … `MMXXIV`), 1 to 3999.
    public static func roman(_ number: Int) throws(RulesError) -> String {
        guard (1...3999).contains(number) else { throw .notANumber(String(number)) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var result = ""
        for (value, letters) in values {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    /// The letters of điểm in a Vietnamese document: a b c d đ e g h i k l m n o p q r s t u v x y
    /// (no f j w z).
    public static let pointLetters: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "x", "y",
    ]

    /// The most điểm read as letters: past it the letters would only grow (`yyyy…`), and a
    /// hostile number would ask for gigabytes.
    public static let maxPoint = 999

    /// The letter of the `number`th điểm (1 → `a`, 5 → `đ`); past `y` the letters double (`aa`).
    /// From 1 to ``maxPoint``.
    public static func pointLetter(_ number: Int) throws(RulesError) -> String {
        guard number >= 1 else { throw .notANumber(String(number)) }
        guard number <= maxPoint else {
            throw .unknownValue(String(number), field: "số thứ tự điểm", known: ["từ 1 đến \(maxPoint)"])
        }
        let count = pointLetters.count
        let letter = pointLetters[(number - 1) % count]
        return String(repeating: letter, count: (number - 1) / count + 1)
    }
}
