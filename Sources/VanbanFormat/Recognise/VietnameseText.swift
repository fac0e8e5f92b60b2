import Foundation

/// Text comparisons the recogniser and the rules share.
enum VietnameseText {
    /// Upper-cased, NFC, white space squeezed, old-style tone placement (`HOÀ`, `THOẢ`,
    /// `UỶ`) made new-style, so that either spelling compares equal.
    static func foldedUpper(_ text: String) -> String {
        var result = text.precomposedStringWithCanonicalMapping.uppercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for (old, new) in [("HOÀ", "HÒA"), ("HOẢ", "HỎA"), ("THOẢ", "THỎA"), ("UỶ", "ỦY"), ("QUÍ", "QUÝ")] {
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }

    /// Whether the text has letters and none of them is lower case.
    static func isUpper(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
    }

    /// The first `count` characters of a squeezed text, with an ellipsis when cut.
    static func start(_ text: String, _ count: Int = 50) -> String {
        text.count <= count ? text : String(text.prefix(count)) + "…"
    }
}
