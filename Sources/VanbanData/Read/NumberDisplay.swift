import Foundation

/// How a spreadsheet shows a number cell, from its number format: what the clerk sees is what
/// is read. A CCCD stored as the number 66089001234 under the format `000000000000` is
/// `066089001234`; a formula's cached `5288399.9999999991` under `#,##0` is `5288400`.
enum NumberDisplay: Sendable, Equatable {
    /// No format (Excel's General): the number to its 15 significant digits, as Excel keeps it.
    case general
    /// A date or time format.
    case date
    /// Digits padded with zeros to this width (`0000000000`).
    case zeroPadded(Int)
    /// Rounded to this many decimals (`#,##0` → 0, `0.00` → 2).
    case decimals(Int)
    /// The text format (`@`): a number typed before the cell was made text, shown as stored.
    case text

    /// The display of a built-in Excel format (ECMA-376, 18.8.30), `nil` for one vanban leaves General.
    static func builtIn(_ id: Int) -> NumberDisplay? {
        switch id {
        case 1, 3, 37, 38: return .decimals(0)
        case 2, 4, 39, 40: return .decimals(2)
        case 14...22, 45...47: return .date
        case 49: return .text
        default: return nil
        }
    }

    /// The display of a format code (`#,##0`, `000000000000`, `dd/mm/yyyy`, `@`).
    init(code: String) {
        // Quoted text, bracketed parts ([Red], [$-42A]) and escaped characters say nothing of the number.
        let plain = code.replacingOccurrences(of: "\\[[^\\]]*\\]|\"[^\"]*\"|\\\\.|_.|\\*.", with: "", options: .regularExpression)
        let section = plain.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let letters = section.lowercased()
        if letters.contains("d") || letters.contains("y") || (letters.contains("m") && !letters.contains("h")) {
            self = .date
            return
        }
        if letters.contains("h") || letters.contains("s") { self = .date; return }
        if section.contains("@") { self = .text; return }
        if section.contains("%") { self = .general; return }
        let digits = section.filter { $0 == "0" || $0 == "#" || $0 == "?" || $0 == "." || $0 == "," }
        if let dot = digits.firstIndex(of: ".") {
            self = .decimals(digits[digits.index(after: dot)...].filter { $0 != "," }.count)
            return
        }
        let zeros = section.filter { $0 == "0" }.count
        if zeros > 1, !section.contains("#"), !section.contains(",") {
            self = .zeroPadded(zeros)
            return
        }
        self = digits.isEmpty ? .general : .decimals(0)
    }

    /// The text a number cell whose stored value is `raw` shows.
    func shown(_ raw: String) -> String {
        // Most cells hold a whole number as written: nothing to round.
        if !raw.isEmpty, raw.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            if case .zeroPadded(let width) = self, raw.utf8.count < width {
                return String(repeating: "0", count: width - raw.utf8.count) + raw
            }
            return raw
        }
        guard let value = Double(raw), value.isFinite else { return raw }
        switch self {
        case .text, .date:
            return raw
        case .general:
            return Self.plain(value, significant: 15) ?? raw
        case .decimals(let places):
            return Self.rounded(value, places: places) ?? raw
        case .zeroPadded(let width):
            guard let whole = Self.rounded(value, places: 0), !whole.hasPrefix("-") else { return raw }
            return whole.utf8.count < width ? String(repeating: "0", count: width - whole.utf8.count) + whole : whole
        }
    }

    /// `value` to `significant` digits, without an exponent or trailing zeros; `nil` when it needs an exponent.
    static func plain(_ value: Double, significant: Int) -> String? {
        let text = String(format: "%.\(significant)g", value)
        guard !text.contains("e") else { return nil }
        return trimmedZeros(text)
    }

    /// `value` rounded half away from zero to `places` decimals (after its 15 significant digits).
    static func rounded(_ value: Double, places: Int) -> String? {
        guard let exact = plain(value, significant: 15), var decimal = Decimal(string: exact) else { return nil }
        var result = Decimal()
        NSDecimalRound(&result, &decimal, min(places, 15), .plain)
        return trimmedZeros(NSDecimalNumber(decimal: result).stringValue)
    }

    private static func trimmedZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }
}
