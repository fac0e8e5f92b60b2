import Foundation
import Testing
import VanbanTestSupport

@Suite struct RulesCommandTests {
    @Test func readsNumbersFromArgumentsAndFromStandardInput() throws {
        let result = try Vanban.run(["doc-so", "--tien", "59.360.000", "2024"])
        #expect(result.status == 0)
        #expect(result.output == "Năm mươi chín triệu ba trăm sáu mươi nghìn đồng\nHai nghìn không trăm hai mươi tư đồng\n")
        let piped = try Vanban.run(["doc-so", "--ngan", "--le", "--bon"], input: "1005\n\n24\n0,3\n")
        #expect(piped.output == "một ngàn không trăm lẻ năm\nhai mươi bốn\nkhông phẩy ba\n")
    }

    @Test(arguments: [
        ("abc", #"Lỗi: "abc" không phải là số."#), ("-5", #"Lỗi: "-5" là số âm"#), ("1e30", #"Lỗi: "1e30" không phải là số."#),
    ])
    func badNumbersAreExplained(value: String, message: String) throws {
        let result = try Vanban.run(["doc-so", "7", value])
        #expect(result.status == 1)
        #expect(result.output == "bảy\n")
        #expect(result.error.contains(message))
    }

    @Test func datesInTheND30Form() throws {
        let result = try Vanban.run(["ngay", "--dia-danh", "Đắk Lắk", "2024-12-04", "5/1/2025"])
        #expect(result.output == "Đắk Lắk, ngày 04 tháng 12 năm 2024\nĐắk Lắk, ngày 05 tháng 01 năm 2025\n")
        let draft = try Vanban.run(["ngay", "--nhap", "--dia-danh", "Kon Tum"], input: "2024\n")
        #expect(draft.output == "Kon Tum, ngày      tháng      năm 2024\n")
        let bad = try Vanban.run(["ngay", "31/02/2025"])
        #expect(bad.status == 1)
        #expect(bad.error.contains(#"Lỗi: ngày "31/02/2025" không có thật trên lịch."#))
    }

    @Test func awardMoneyWithItsComputation() throws {
        let result = try Vanban.run(["tien-thuong", "--hinh-thuc", "giay-khen", "--doi-tuong", "ca-nhan", "--ngay", "15/07/2026"])
        #expect(result.status == 0)
        #expect(result.output == "760.000 đồng: 0,3 × 2.530.000 = 759.000 → 760.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)\n")
        let exact = try Vanban.run(["award", "--award", "giay-khen", "--recipient", "tap-the", "--rounding", "khong", "04/12/2024"])
        #expect(exact.output == "1.404.000 đồng: 0,6 × 2.340.000 = 1.404.000 (không làm tròn; NĐ 98/2023)\n")
    }

    @Test func unknownAwardAndEarlyDateAreExplained() throws {
        let unknown = try Vanban.run(["tien-thuong", "--hinh-thuc", "huy-chuong", "--ngay", "15/07/2026"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains(#"Lỗi: không có hình thức khen thưởng "huy-chuong". Các hình thức có: giay-khen"#))
        let early = try Vanban.run(["tien-thuong", "--hinh-thuc", "giay-khen", "--ngay", "31/12/2023"])
        #expect(early.status == 1)
        #expect(early.error.contains("ngày 31/12/2023 trước thời điểm đầu tiên của bảng mức thưởng (01/01/2024)"))
    }

    @Test func convertsLegacyFontText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // An 8-bit file typed with .VnTime: the bytes are TCVN3 codes.
        let tcvn3: [UInt8] = Array("C".utf8) + [0xE9] + Array("ng ho".utf8) + [0xB5] + Array(" x".utf8) + [0xB7] + Array(" h".utf8) + [0xE9] + Array("i\n".utf8)
        try Data(tcvn3).write(to: folder.file("cu.txt"))
        let result = try Vanban.run(["chuyen-ma", "cu.txt"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.output == "Cộng hoà xã hội\n")
        #expect(result.error.contains("Đã chuyển 1 dòng từ TCVN3 sang Unicode."))
        let vni = try Vanban.run(["chuyen-ma"], input: "Coäng hoøa xaõ hoäi\nSở Y tế\n")
        #expect(vni.output == "Cộng hòa xã hội\nSở Y tế\n")
        let missing = try Vanban.run(["chuyen-ma", "khong-co.txt"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("khong-co.txt: không tìm thấy tệp."))
    }

    @Test func dataTypedInALegacyFontIsConvertedWithAWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try String(contentsOf: Vanban.fixture("du-lieu.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "co_quan: SỞ Y TẾ", with: "co_quan: Së Y tÕ")
        try folder.write("du-lieu.yaml", data)
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "du-lieu.yaml", "-o", "ra.fodt"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains(#"du-lieu.yaml:2: trường "co_quan" được gõ bằng phông TCVN3 cũ, đã chuyển sang Unicode"#))
        #expect(try String(contentsOf: folder.file("ra.fodt"), encoding: .utf8).contains("Sở Y tế"))
    }
}
