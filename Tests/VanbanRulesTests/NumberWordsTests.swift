import Testing
import VanbanRules

@Suite struct NumberWordsTests {
    /// SPEC §7, the amounts-in-words table.
    @Test(arguments: [
        (59_360_000, "Năm mươi chín triệu ba trăm sáu mươi nghìn đồng"),
        (1_005, "Một nghìn không trăm linh năm đồng"),
        (2_024, "Hai nghìn không trăm hai mươi tư đồng"),
        (702_000, "Bảy trăm linh hai nghìn đồng"),
        (1_404_000, "Một triệu bốn trăm linh bốn nghìn đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (1_000_050_000, "Một tỷ không trăm năm mươi nghìn đồng"),
    ] as [(UInt64, String)])
    func specTable(amount: UInt64, words: String) throws {
        #expect(try NumberWords().money(amount) == words)
    }

    @Test(arguments: [
        (0, "không"), (1, "một"), (4, "bốn"), (5, "năm"), (10, "mười"), (11, "mười một"), (14, "mười bốn"),
        (15, "mười lăm"), (20, "hai mươi"), (21, "hai mươi mốt"), (24, "hai mươi tư"), (25, "hai mươi lăm"),
        (101, "một trăm linh một"), (105, "một trăm linh năm"), (110, "một trăm mười"), (115, "một trăm mười lăm"),
        (1_000_001, "một triệu không trăm linh một"),
    ] as [(UInt64, String)])
    func smallNumbers(number: UInt64, words: String) throws {
        #expect(try NumberWords().words(number) == words)
    }

    /// Every number from 0 to 100,000 against the rules written again, recursively, in ``Reference``.
    @Test func everyNumberUpTo100000MatchesTheRulesWrittenIndependently() throws {
        let reader = NumberWords()
        var mismatches: [String] = []
        for number in 0...100_000 {
            let words = try reader.words(UInt64(number))
            let expected = Reference.words(UInt64(number))
            if words != expected { mismatches.append("\(number): \(words) ≠ \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func boundariesOfEveryGroupUpTo10To18() throws {
        let reader = NumberWords()
        var power: UInt64 = 1
        for _ in 0...6 {
            for number in [power - 1, power, power + 1] where number <= NumberWords.maximum && power > 1 {
                #expect(try reader.words(number) == Reference.words(number), "\(number)")
            }
            if power > UInt64.max / 1000 { break }
            power *= 1000
        }
        #expect(try reader.words(NumberWords.maximum) == Reference.words(NumberWords.maximum))
        #expect(try reader.words(NumberWords.maximum).hasPrefix("chín trăm chín mươi chín triệu tỷ"))
        #expect(try reader.words(1_000_000_000_000) == "một nghìn tỷ")
        #expect(throws: RulesError.tooLarge("1000000000000000000")) { try reader.words(NumberWords.maximum + 1) }
    }

    @Test func variants() throws {
        #expect(try NumberWords(four: .bon).words(24) == "hai mươi bốn")
        #expect(try NumberWords(four: .bon).words(14) == "mười bốn")
        #expect(try NumberWords(zeroTen: .le).words(105) == "một trăm lẻ năm")
        #expect(try NumberWords(thousand: .ngan).money(59_360_000) == "Năm mươi chín triệu ba trăm sáu mươi ngàn đồng")
        #expect(try NumberWords(thousand: .ngan).words(1_000_000_000_000) == "một ngàn tỷ")
    }

    @Test(arguments: [("0,3", "không phẩy ba"), ("12,05", "mười hai phẩy không năm"), ("1,25", "một phẩy hai mươi lăm"), ("7", "bảy")])
    func decimals(text: String, words: String) throws {
        #expect(try NumberWords().words(decimal: text) == words)
    }

    @Test(arguments: ["abc", "-5", "1,", ",5", "1,2,3"])
    func badDecimals(text: String) {
        #expect(throws: RulesError.notANumber(text)) { try NumberWords().words(decimal: text) }
    }
}

/// The SPEC §7 rules written a second way (recursive, by powers of a thousand), so that the
/// reader is checked against the rules and not against itself.
enum Reference {
    static let digit = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    static let scale = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"]

    static func words(_ n: UInt64) -> String {
        if n < 10 { return digit[Int(n)] }
        if n < 100 { return twoDigits(Int(n)) }
        if n < 1000 { return hundreds(Int(n)) }
        var k = 0
        var unit: UInt64 = 1
        while n / unit >= 1000 { unit *= 1000; k += 1 }
        let head = n / unit
        let rest = n % unit
        return words(head) + " " + scale[k] + tail(rest, groups: k)
    }

    /// The lower `groups` groups after a non-zero head: each non-zero group read in full.
    static func tail(_ n: UInt64, groups: Int) -> String {
        if groups == 0 { return "" }
        var unit: UInt64 = 1
        for _ in 1..<groups { unit *= 1000 }
        let group = Int(n / unit)
        let rest = n % unit
        let here = group == 0 ? "" : " " + full(group) + (groups - 1 > 0 ? " " + scale[groups - 1] : "")
        return here + tail(rest, groups: groups - 1)
    }

    static func full(_ n: Int) -> String {
        digit[n / 100] + " trăm" + afterHundred(n % 100)
    }

    static func hundreds(_ n: Int) -> String { full(n) }

    static func afterHundred(_ n: Int) -> String {
        if n == 0 { return "" }
        if n < 10 { return " linh " + digit[n] }
        return " " + twoDigits(n)
    }

    static func twoDigits(_ n: Int) -> String {
        let tens = n / 10, unit = n % 10
        if tens == 1 {
            return unit == 0 ? "mười" : "mười " + (unit == 5 ? "lăm" : digit[unit])
        }
        let head = digit[tens] + " mươi"
        switch unit {
        case 0: return head
        case 1: return head + " mốt"
        case 4: return head + " tư"
        case 5: return head + " lăm"
        default: return head + " " + digit[unit]
        }
    }
}
