import Testing
import VanbanRules

@Suite struct DocumentNumberTests {
    @Test func numbersAndSymbols() {
        #expect(DocumentNumber(266, kind: "KH", issuer: "SYT").description == "266/KH-SYT")
        #expect(DocumentNumber(5, kind: "QĐ", issuer: "SYT").description == "05/QĐ-SYT")
        #expect(DocumentNumber(10, kind: "QĐ", issuer: "SYT").description == "10/QĐ-SYT")
        #expect(DocumentNumber(letter: 12, issuer: "SYT", unit: "TCCB").description == "12/SYT-TCCB")
        #expect(DocumentNumber(nil, kind: "KH", issuer: "SYT").description == "     /KH-SYT")
    }

    @Test func abbreviationTableOfAnnexIII() {
        #expect(DocumentKind.all.count == 30)
        #expect(DocumentKind.named("Kế hoạch")?.abbreviation == "KH")
        #expect(DocumentKind.named("quyết định")?.abbreviation == "QĐ")
        #expect(DocumentKind.named("Quy định")?.abbreviation == "QyĐ")
        #expect(DocumentKind.named("GM")?.name == "Giấy mời")
        #expect(DocumentKind.named("Công văn") == nil)
        #expect(Set(DocumentKind.all.map(\.abbreviation)).count == 30)
    }

    @Test(arguments: [(1, "I"), (2, "II"), (4, "IV"), (5, "V"), (9, "IX"), (12, "XII"), (14, "XIV"), (40, "XL"), (2024, "MMXXIV")])
    func romanNumerals(number: Int, roman: String) throws {
        #expect(try Numbering.roman(number) == roman)
    }

    @Test func pointLetters() throws {
        #expect(try (1...23).map { try Numbering.pointLetter($0) }.joined() == "abcdđeghiklmnopqrstuvxy")
        #expect(try Numbering.pointLetter(24) == "aa")
        #expect(throws: RulesError.self) { try Numbering.pointLetter(0) }
        #expect(throws: RulesError.self) { try Numbering.roman(0) }
    }
}
