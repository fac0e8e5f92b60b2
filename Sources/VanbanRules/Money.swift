import Foundation

/// Numbers and amounts written the Vietnamese way: `.` between thousands, `,` before decimals
/// (`59.360.000`, `0,3`), `đồng` in running text or `đ` in tables (SPEC §7), never `VNĐ`.
public enum Money {
    /// How the unit is written after an amount.
    public enum Unit: Sendable {
        /// `59.360.000 đồng` (running text).
        case dong
        /// `59.360.000đ` (tables and budget lines, as the Đắk Lắk seed).
        case d
        /// `59.360.000`.
        case none
    }

    /// `59360000` → `59.360.000`; `0.3` → `0,3`; `-5` → `-5`.
    public static func format(_ number: Decimal) -> String {
        var text = NSDecimalNumber(decimal: number).stringValue
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count == 2 ? "," + parts[1] : "")
    }

    /// An amount with its unit: `760000` → `760.000 đồng` or `760.000đ`.
    public static func format(_ amount: Decimal, unit: Unit) -> String {
        switch unit {
        case .dong: return format(amount) + " đồng"
        case .d: return format(amount) + "đ"
        case .none: return format(amount)
        }
    }
}

/// An amount read from what a clerk or a spreadsheet wrote, with a note when the reading
/// had to guess.
public struct ParsedAmount: Equatable, Sendable {
    /// The amount.
    public let value: Decimal
    /// Set when the text could be read another way (`59,360,000` from an English Excel).
    public let warning: String?

    /// `value`, with the `warning` of its reading, if any.
    public init(value: Decimal, warning: String?) {
        self.value = value
        self.warning = warning
    }
}

extension Money {
    /// Reads `59.360.000`, `59360000`, `59.360.000 đồng`, `1.404.000đ`, `0,3`, and the English
    /// forms an Excel export gives (`59,360,000`, `0.3`), with a warning for those.
    public static func parse(_ text: String) throws(RulesError) -> ParsedAmount {
        var body = text.trimmingCharacters(in: .whitespaces)
        for unit in ["đồng", "VNĐ", "VND", "đ", "d"] where body.lowercased().hasSuffix(unit.lowercased()) {
            body = String(body.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        body = body.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if body.hasPrefix("-"), (try? parse(String(body.dropFirst()))) != nil { throw .negative(text) }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }),
            body.first!.isASCIIDigit, body.last!.isASCIIDigit
        else { throw .notANumber(text) }

        let dots = body.filter { $0 == "." }.count
        let commas = body.filter { $0 == "," }.count
        let english = "hiểu theo kiểu tiếng Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân)"
        func number(_ digits: String) throws(RulesError) -> Decimal {
            guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else {
                throw .notANumber(text)
            }
            return value
        }
        if dots == 0 && commas == 0 { return ParsedAmount(value: try number(body), warning: nil) }
        if matches(body, #"^\d{1,3}(\.\d{3})+(,\d+)?$"#) {
            let digits = body.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            return ParsedAmount(value: try number(digits), warning: nil)
        }
        if matches(body, #"^\d+,\d+$"#) {
            let value = try number(body.replacingOccurrences(of: ",", with: "."))
            let ambiguous = commas == 1 && body.split(separator: ",")[1].count == 3
            return ParsedAmount(value: value, warning: ambiguous
                ? "\"\(text)\" được đọc là \(format(value)) (dấu phẩy thập phân); nếu là hàng nghìn, hãy viết \(body.replacingOccurrences(of: ",", with: "."))"
                : nil)
        }
        if matches(body, #"^\d{1,3}(,\d{3})+(\.\d+)?$"#) {
            let value = try number(body.replacingOccurrences(of: ",", with: ""))
            return ParsedAmount(value: value, warning: "\"\(text)\" được \(english): \(format(value))")
        }
        if matches(body, #"^\d+\.\d+$"#) {
            let value = try number(body)
            return ParsedAmount(value: value, warning: "\"\(text)\" được đọc là \(format(value)) (dấu chấm thập phân)")
        }
        throw .notANumber(text)
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}

extension Money {
    /// Reads an amount of whole đồng, the one way it can be read: `25000`, `25.000`, `25,000`,
    /// `25 000`, `25.000 đồng`, `25.000đ`, and `25.000,00` / `25,000.00` (zero decimals as Excel
    /// shows them). Anything that is not a whole number of đồng (`25,5`, `0.5`, `1.2.3`) throws
    /// ``RulesError/notANumber(_:)``; a negative amount ``RulesError/negative(_:)``.
    public static func parseWhole(_ text: String) throws(RulesError) -> Decimal {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        for unit in ["đồng", "VNĐ", "VND", "đ"] where body.lowercased().hasSuffix(unit.lowercased()) {
            body = body.dropLast(unit.count)
            break
        }
        var scalars = Array(body.trimmingCharacters(in: .whitespaces).unicodeScalars)
        if scalars.first == "-" {
            if (try? parseWhole(String(String.UnicodeScalarView(scalars.dropFirst())))) != nil { throw .negative(text) }
            throw .notANumber(text)
        }
        // Zero decimals after the other separator: `25.000,00`, `25,000.00`.
        var decimalSeparator: Unicode.Scalar?
        if let last = scalars.lastIndex(where: { $0 == "." || $0 == "," }), last + 1 < scalars.count,
            scalars[(last + 1)...].allSatisfy({ $0 == "0" }), scalars.count - last - 1 != 3
        {
            decimalSeparator = scalars[last]
            scalars.removeSubrange(last...)
        }
        var digits = ""
        var separator: Unicode.Scalar?
        var group = 0
        var groups = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                group += 1
                continue
            }
            guard scalar == "." || scalar == "," || scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" else { throw .notANumber(text) }
            let kind: Unicode.Scalar = scalar == "." || scalar == "," ? scalar : " "
            // One kind of thousands separator, the first group 1–3 digits, the others 3.
            guard kind != decimalSeparator, separator == nil || separator == kind, group == 3 || (groups == 0 && (1...3).contains(group)) else {
                throw .notANumber(text)
            }
            separator = kind
            groups += 1
            group = 0
        }
        guard !digits.isEmpty, separator == nil || group == 3 else { throw .notANumber(text) }
        guard digits.count <= 18, let value = Decimal(string: digits) else { throw .tooLarge(text) }
        return value
    }
}
