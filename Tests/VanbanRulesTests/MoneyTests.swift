import Foundation
import Testing
import VanbanRules

@Suite struct MoneyTests {
    @Test func formatsWithDotsAndCommas() {
        #expect(Money.format(Decimal(59_360_000)) == "59.360.000")
        #expect(Money.format(Decimal(string: "0.3")!) == "0,3")
        #expect(Money.format(Decimal(999)) == "999")
        #expect(Money.format(Decimal(1000)) == "1.000")
        #expect(Money.format(Decimal(760_000), unit: .dong) == "760.000 đồng")
        #expect(Money.format(Decimal(16_848_000), unit: .d) == "16.848.000đ")
    }

    @Test(arguments: [
        ("59.360.000", 59_360_000), ("59360000", 59_360_000), ("59.360.000 đồng", 59_360_000),
        ("1.404.000đ", 1_404_000), (" 702.000 ", 702_000), ("760.000 VNĐ", 760_000),
    ] as [(String, Int)])
    func readsVietnameseAmounts(text: String, value: Int) throws {
        let parsed = try Money.parse(text)
        #expect(parsed.value == Decimal(value))
        #expect(parsed.warning == nil)
    }

    @Test func readsDecimalsWithAComma() throws {
        #expect(try Money.parse("0,3") == ParsedAmount(value: Decimal(string: "0.3")!, warning: nil))
    }

    @Test func englishExcelFormsAreReadWithAWarning() throws {
        let thousands = try Money.parse("59,360,000")
        #expect(thousands.value == Decimal(59_360_000))
        #expect(thousands.warning?.contains("59.360.000") == true)
        let decimal = try Money.parse("0.3")
        #expect(decimal.value == Decimal(string: "0.3")!)
        #expect(decimal.warning != nil)
        let ambiguous = try Money.parse("1,500")
        #expect(ambiguous.value == Decimal(string: "1.5")!)
        #expect(ambiguous.warning?.contains("1.500") == true)
    }

    @Test func badAmounts() {
        #expect(throws: RulesError.notANumber("abc")) { try Money.parse("abc") }
        #expect(throws: RulesError.negative("-5")) { try Money.parse("-5") }
        #expect(throws: RulesError.notANumber("1e30")) { try Money.parse("1e30") }
        #expect(throws: RulesError.notANumber("1.2.3,4,5")) { try Money.parse("1.2.3,4,5") }
        #expect(RulesError.notANumber("abc").description == "\"abc\" không phải là số. Viết số như 59.360.000 hoặc 59360000.")
    }
}

@Suite struct WholeDongTests {
    @Test(arguments: [
        ("25,000", 25_000), ("25.000", 25_000), ("25 000", 25_000), ("25000", 25_000), ("25.000 đồng", 25_000),
        ("25.000đ", 25_000), ("25.000 VNĐ", 25_000), ("1,500", 1_500), ("59.360.000", 59_360_000), ("59,360,000", 59_360_000),
        ("25.000,00", 25_000), ("25,000.00", 25_000), ("760000", 760_000), ("0", 0), ("25\u{00A0}000", 25_000),
    ] as [(String, Int)])
    func wholeDongReadOneWayOnly(text: String, value: Int) throws {
        #expect(try Money.parseWhole(text) == Decimal(value))
    }

    @Test(arguments: ["25,5", "0.5", "1.2.3", "25.000,5", "2 5", "1.500,000", "25,000,00", "abc", "", "1,5 triệu", "25.00.000"])
    func anythingElseIsRefused(text: String) {
        #expect(throws: RulesError.notANumber(text)) { try Money.parseWhole(text) }
    }

    @Test func negativeAndHugeAmounts() {
        #expect(throws: RulesError.negative("-25.000")) { try Money.parseWhole("-25.000") }
        #expect(throws: RulesError.tooLarge("1234567890123456789")) { try Money.parseWhole("1234567890123456789") }
    }
}
