import Testing
import VanbanRules

@Suite struct FormatterTests {
    func apply(_ name: String, _ value: String, _ arguments: [String] = []) throws -> String {
        guard let formatter = Formatters.named(name) else { throw RulesError.unknownValue(name, field: "formatter", known: []) }
        return try formatter(value, arguments)
    }

    @Test func everyFormatter() throws {
        #expect(Formatters.all.map(\.name) == ["tien", "bang_chu", "doc_so", "ngay_dai", "ngay_so", "so_ky_hieu", "la_ma",
                                               "chu_cai", "hoa", "thuong", "ten_rieng", "ong_ba"])
        #expect(try apply("tien", "59360000") == "59.360.000")
        #expect(try apply("tien", "16848000", ["đ"]) == "16.848.000đ")
        #expect(try apply("tien", "760000", ["đồng"]) == "760.000 đồng")
        #expect(try apply("bang_chu", "59.360.000") == "Năm mươi chín triệu ba trăm sáu mươi nghìn đồng")
        #expect(try apply("bang_chu", "59360000", ["ngàn"]) == "Năm mươi chín triệu ba trăm sáu mươi ngàn đồng")
        #expect(try apply("bang_chu", "999999999999999999").hasPrefix("Chín trăm chín mươi chín triệu tỷ"))
        #expect(try apply("doc_so", "2024") == "hai nghìn không trăm hai mươi tư")
        #expect(try apply("doc_so", "0,3") == "không phẩy ba")
        #expect(try apply("ngay_dai", "2025-01-05") == "ngày 05 tháng 01 năm 2025")
        #expect(try apply("ngay_dai", "04/12/2024", ["Đắk Lắk"]) == "Đắk Lắk, ngày 04 tháng 12 năm 2024")
        #expect(try apply("ngay_dai", "2024", ["Kon Tum"]) == "Kon Tum, ngày      tháng      năm 2024")
        #expect(try apply("ngay_so", "2024-12-04") == "04/12/2024")
        #expect(try apply("so_ky_hieu", "5", ["QĐ-SYT"]) == "05/QĐ-SYT")
        #expect(try apply("so_ky_hieu", "", ["KH-SYT"]) == "     /KH-SYT")
        #expect(try apply("so_ky_hieu", "266") == "266")
        #expect(try apply("la_ma", "4") == "IV")
        #expect(try apply("chu_cai", "5") == "đ")
        #expect(try apply("hoa", "Sở Y tế") == "SỞ Y TẾ")
        #expect(try apply("thuong", "SỞ Y TẾ") == "sở y tế")
        #expect(try apply("ten_rieng", "nguyễn thị đào") == "Nguyễn Thị Đào")
        #expect(try apply("ong_ba", "Nữ") == "Bà")
    }

    @Test func formattersRefuseBadValues() {
        #expect(throws: RulesError.notANumber("abc")) { try apply("bang_chu", "abc") }
        #expect(throws: RulesError.invalidDate("31/02/2025")) { try apply("ngay_dai", "31/02/2025") }
        #expect(throws: RulesError.tooLarge("1000000000000000000")) { try apply("bang_chu", "1000000000000000000") }
        #expect(throws: RulesError.notANumber("0,5")) { try apply("bang_chu", "0,5") }
    }
}
