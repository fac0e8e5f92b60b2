/// Đọc số: a whole number in Vietnamese words, as NĐ 30 and the finance rules write amounts
/// in "Bằng chữ" (SPEC §7). Up to 10^18 − 1.
///
/// - 10–19 `mười …`, 20–90 `X mươi`; 1 after `X mươi` is `mốt`, else `một`; 5 after
///   `mười`/`mươi` is `lăm`, else `năm`; 4 after `X mươi` is `tư` or `bốn`, always `mười bốn`.
/// - A zero ten inside a group: `linh` or `lẻ`. Groups: `nghìn` or `ngàn`, `triệu`, `tỷ`.
/// - After the first non-zero group every group is read with its three digits
///   (`không trăm …`); all-zero groups are skipped.
public struct NumberWords: Sendable, Equatable {
    /// How 4 after `X mươi` is read.
    public enum Four: Sendable { case tu, bon }
    /// How a zero ten inside a group is read.
    public enum ZeroTen: Sendable { case linh, le }
    /// The word for a thousand.
    public enum Thousand: Sendable { case nghin, ngan }

    /// The word for 4 in units after twenty.
    public var four: Four
    /// The word for a zero ten before a unit.
    public var zeroTen: ZeroTen
    /// The word for a thousand.
    public var thousand: Thousand

    /// Defaults: `tư`, `linh`, `nghìn`.
    public init(four: Four = .tu, zeroTen: ZeroTen = .linh, thousand: Thousand = .nghin) {
        self.four = four
        self.zeroTen = zeroTen
        self.thousand = thousand
    }

    /// The largest number read: 10^18 − 1.
    public static let maximum: UInt64 = 999_999_999_999_999_999

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// The number in words, lower case: `2024` → `hai nghìn không trăm hai mươi tư`.
    public func words(_ number: UInt64) throws(RulesError) -> String {
        guard number <= Self.maximum else { throw .tooLarge(String(number)) }
        if number == 0 { return "không" }
        var groups: [Int] = []
        var rest = number
        while rest > 0 {
            groups.append(Int(rest % 1000))
            rest /= 1000
        }
        let scales = ["", thousand == .nghin ? "nghìn" : "ngàn", "triệu", "tỷ",
                      thousand == .nghin ? "nghìn tỷ" : "ngàn tỷ", "triệu tỷ"]
        var parts: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] != 0 {
            parts.append(group(groups[index], full: index != groups.count - 1))
            if !scales[index].isEmpty { parts.append(scales[index]) }
        }
        return parts.joined(separator: " ")
    }

    /// The amount in words for "Bằng chữ": capital first letter and ` đồng`.
    public func money(_ amount: UInt64) throws(RulesError) -> String {
        let text = try words(amount)
        return text.prefix(1).uppercased() + text.dropFirst() + " đồng"
    }

    /// A decimal written the Vietnamese way (`0,3`, `12,05`): `không phẩy ba`,
    /// `mười hai phẩy không năm`. The part after the comma is read as a number, each leading
    /// zero as `không`.
    public func words(decimal text: String) throws(RulesError) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
            let wholeNumber = UInt64(whole)
        else { throw .notANumber(text) }
        var result = try words(wholeNumber)
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { throw .notANumber(text) }
            var spoken: [String] = []
            let zeros = fraction.prefix { $0 == "0" }.count
            spoken += Array(repeating: "không", count: zeros)
            let rest = fraction.dropFirst(zeros)
            if !rest.isEmpty {
                guard let value = UInt64(rest) else { throw .tooLarge(text) }
                spoken.append(try words(value))
            }
            result += " phẩy " + spoken.joined(separator: " ")
        }
        return result
    }

    /// One group of three digits. `full`: read hundreds and a zero ten even when zero.
    private func group(_ value: Int, full: Bool) -> String {
        let hundreds = value / 100, tens = value / 10 % 10, units = value % 10
        var words: [String] = []
        if full || hundreds > 0 {
            words += [Self.digits[hundreds], "trăm"]
        }
        switch tens {
        case 0:
            if units > 0 {
                if !words.isEmpty { words.append(zeroTen == .linh ? "linh" : "lẻ") }
                words.append(Self.digits[units])
            }
        case 1:
            words.append("mười")
            switch units {
            case 0: break
            case 5: words.append("lăm")
            default: words.append(Self.digits[units])
            }
        default:
            words += [Self.digits[tens], "mươi"]
            switch units {
            case 0: break
            case 1: words.append("mốt")
            case 4: words.append(four == .tu ? "tư" : "bốn")
            case 5: words.append("lăm")
            default: words.append(Self.digits[units])
            }
        }
        return words.joined(separator: " ")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
