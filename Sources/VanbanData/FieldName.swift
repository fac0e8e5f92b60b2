import Foundation

/// A spreadsheet's column header made into a template field name: `Họ và tên` → `ho_va_ten`,
/// `Số tiền (đồng)` → `so_tien_dong`. Lower case, no diacritics, `đ` as `d`, words joined by `_`.
public enum FieldName {
    /// The field name for `header`.
    public static func normalize(_ header: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in header.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    appendWord(scalar)
                } else if byte >= 65 && byte <= 90 {
                    appendWord(Unicode.Scalar(byte + 32))
                } else {
                    pendingSeparator = true
                }
                continue
            }
            if (0x300...0x36F).contains(value) { continue }  // combining marks: tones, hats, horns
            let folded: String
            if let index = tableIndex(value) { folded = foldedTable[index] } else { folded = fold(scalar) }
            if folded.isEmpty {
                pendingSeparator = true
            } else {
                for letter in folded.unicodeScalars { appendWord(letter) }
            }
        }
        func appendWord(_ scalar: Unicode.Scalar) {
            if pendingSeparator && !result.isEmpty { result.append("_") }
            pendingSeparator = false
            result.append(scalar)
        }
        return result.isEmpty ? "cot" : String(result)
    }

    /// What one non-ASCII scalar becomes: lower case, `đ` as `d`, marks dropped; empty for a
    /// sign (a separator). Letters of other scripts stay letters.
    static func fold(_ scalar: Unicode.Scalar) -> String {
        let folded = String(scalar).precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "đ", with: "d")
            .decomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        for part in folded.unicodeScalars {
            if (0x300...0x36F).contains(part.value) { continue }
            if part.properties.isAlphabetic || ("0"..."9").contains(part) { result.append(part) }
        }
        return String(result)
    }

    /// Where a scalar of Latin-1 to Latin Extended-B, or of Latin Extended Additional (the
    /// Vietnamese letters), stands in ``foldedTable``.
    private static func tableIndex(_ value: UInt32) -> Int? {
        if value <= 0x24F { return Int(value - 0x80) }
        if value >= 0x1E00 && value <= 0x1EFF { return Int(value - 0x1E00) + (0x24F - 0x80 + 1) }
        return nil
    }
}
