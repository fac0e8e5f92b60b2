import Foundation

/// A spreadsheet's column header made into a template field name: `Họ và tên` → `ho_va_ten`,
/// `Số tiền (đồng)` → `so_tien_dong`. Lower case, no diacritics, `đ` as `d`, words joined by `_`.
public enum FieldName {
    public static func normalize(_ header: String) -> String {
        let folded = header.precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "đ", with: "d")
            .decomposedStringWithCanonicalMapping
        var result = ""
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining marks: tones, hats, horns
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSeparator && !result.isEmpty { result += "_" }
                pendingSeparator = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return result.isEmpty ? "cot" : result
    }
}
