import Testing
import VanbanRules

@Suite struct DocumentDateTests {
    @Test(arguments: [
        (2024, 12, 4, "ngày 04 tháng 12 năm 2024"), (2025, 1, 5, "ngày 05 tháng 01 năm 2025"),
        (2025, 2, 9, "ngày 09 tháng 02 năm 2025"), (2025, 2, 10, "ngày 10 tháng 02 năm 2025"),
        (2025, 3, 1, "ngày 01 tháng 3 năm 2025"), (2022, 6, 15, "ngày 15 tháng 6 năm 2022"),
        (2025, 10, 31, "ngày 31 tháng 10 năm 2025"), (2025, 12, 31, "ngày 31 tháng 12 năm 2025"),
    ])
    func paddingRuleOfND30(year: Int, month: Int, day: Int, long: String) throws {
        #expect(try DocumentDate(year: year, month: month, day: day).long == long)
    }

    @Test func placeDraftAndTableForms() throws {
        let date = try DocumentDate(year: 2024, month: 12, day: 4)
        #expect(date.long(place: "Đắk Lắk") == "Đắk Lắk, ngày 04 tháng 12 năm 2024")
        #expect(date.numeric == "04/12/2024")
        #expect(DocumentDate.draft(year: 2024, place: "Kon Tum") == "Kon Tum, ngày      tháng      năm 2024")
        #expect(DocumentDate.draft(year: 2024) == "ngày      tháng      năm 2024")
    }

    @Test(arguments: ["2024-12-04", "04/12/2024", "4/12/2024", "04-12-2024", "04.12.2024", " 4/12/2024 "])
    func parsesDayFirst(text: String) throws {
        #expect(try DocumentDate(parsing: text) == DocumentDate(year: 2024, month: 12, day: 4))
    }

    @Test func invalidDatesAreNamed() {
        #expect(throws: RulesError.invalidDate("31/02/2025")) { try DocumentDate(parsing: "31/02/2025") }
        #expect(throws: RulesError.invalidDate("29/02/2025")) { try DocumentDate(parsing: "29/02/2025") }
        #expect(throws: RulesError.notADate("hôm qua")) { try DocumentDate(parsing: "hôm qua") }
        #expect(throws: RulesError.notADate("12/2024")) { try DocumentDate(parsing: "12/2024") }
        #expect(RulesError.invalidDate("31/02/2025").description.contains("31/02/2025"))
    }

    @Test func leapDays() throws {
        #expect(try DocumentDate(parsing: "29/02/2024").long == "ngày 29 tháng 02 năm 2024")
        #expect(try DocumentDate(parsing: "29/02/2000").day == 29)
        #expect(throws: RulesError.self) { try DocumentDate(parsing: "29/02/1900") }
    }

    @Test(arguments: [(45658, "01/01/2025"), (45630, "04/12/2024"), (61, "01/03/1900"), (1, "31/12/1899")])
    func spreadsheetCells(serial: Int, date: String) throws {
        #expect(try DocumentDate(spreadsheetSerial: serial).numeric == date)
    }
}
