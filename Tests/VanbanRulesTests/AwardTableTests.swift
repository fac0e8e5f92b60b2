import Foundation
import Testing
import VanbanRules

@Suite struct AwardTableTests {
    let table = AwardTable.bundled

    func date(_ text: String) throws -> DocumentDate { try DocumentDate(parsing: text) }

    @Test func giayKhenAt2530000() throws {
        let on = try date("15/07/2026")
        let up = try table.amount("giay-khen", for: .individual, on: on)
        #expect(up.amount == 760_000)
        #expect(up.explanation == "0,3 × 2.530.000 = 759.000 → 760.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)")
        #expect(try table.amount("giay-khen", for: .individual, on: on, rounding: .nearest).amount == 760_000)
        let none = try table.amount("giay-khen", for: .individual, on: on, rounding: .none)
        #expect(none.amount == 759_000)
        #expect(none.explanation == "0,3 × 2.530.000 = 759.000 (không làm tròn; NĐ 152/2025)")
    }

    @Test func collectiveGiayKhenAt2340000IsTheSeedsBudget() throws {
        let amount = try table.amount("giay-khen", for: .collective, on: date("04/12/2024"), rounding: .none)
        #expect(amount.amount == 1_404_000)
        #expect(amount.explanation == "0,6 × 2.340.000 = 1.404.000 (không làm tròn; NĐ 98/2023)")
        #expect(try table.amount("giay-khen", for: .individual, on: date("04/12/2024"), rounding: .none).amount == 702_000)
    }

    /// Every row of SPEC §6 in both periods, at 2.340.000 (01/7/2024–30/6/2026), no rounding.
    @Test(arguments: [
        ("giay-khen", Recipient.individual, "0.3", "0.3"), ("giay-khen", .collective, "0.6", "0.6"),
        ("bang-khen-tinh", .individual, "1.0", "1.5"), ("bang-khen-tinh", .collective, "2.0", "3.0"),
        ("bang-khen-thu-tuong", .individual, "3.5", "3.5"), ("bang-khen-thu-tuong", .collective, "7.0", "7.0"),
        ("chien-si-thi-dua-toan-quoc", .individual, "4.5", "4.5"), ("chien-si-thi-dua-tinh", .individual, "3.0", "3.0"),
        ("chien-si-thi-dua-co-so", .individual, "1.0", "1.0"), ("lao-dong-tien-tien", .individual, "0.3", "0.3"),
        ("tap-the-lao-dong-xuat-sac", .collective, "1.5", "1.5"), ("tap-the-lao-dong-tien-tien", .collective, "0.8", "0.8"),
    ])
    func everyRowOfTheTable(award: String, recipient: Recipient, before: String, after: String) throws {
        let salary = Decimal(2_340_000)
        let old = try table.amount(award, for: recipient, on: date("30/06/2025"), rounding: .none)
        let new = try table.amount(award, for: recipient, on: date("01/07/2025"), rounding: .none)
        #expect(old.amount == Decimal(string: before)! * salary)
        #expect(old.decree == "NĐ 98/2023")
        #expect(new.amount == Decimal(string: after)! * salary)
        #expect(new.decree == "NĐ 152/2025")
    }

    @Test func firstAndLastDayOfEachPeriod() throws {
        #expect(try table.amount("giay-khen", for: .individual, on: date("01/01/2024"), rounding: .none).amount == 540_000)
        #expect(try table.amount("giay-khen", for: .individual, on: date("30/06/2024"), rounding: .none).amount == 540_000)
        #expect(try table.amount("giay-khen", for: .individual, on: date("01/07/2024"), rounding: .none).amount == 702_000)
        #expect(try table.amount("bang-khen-tinh", for: .individual, on: date("30/06/2025")).decree == "NĐ 98/2023")
        #expect(try table.amount("bang-khen-tinh", for: .individual, on: date("01/07/2025")).decree == "NĐ 152/2025")
        #expect(try table.amount("giay-khen", for: .individual, on: date("30/06/2026"), rounding: .none).amount == 702_000)
        #expect(try table.amount("giay-khen", for: .individual, on: date("01/07/2026"), rounding: .none).amount == 759_000)
        #expect(throws: RulesError.beforeFirstPeriod(table: "mức thưởng", date: "31/12/2023", first: "01/01/2024")) {
            try table.amount("giay-khen", for: .individual, on: date("31/12/2023"))
        }
        #expect(try table.baseSalary(on: date("01/07/2019")).amount == 1_490_000)
        #expect(throws: RulesError.self) { try table.baseSalary(on: date("30/06/2019")) }
    }

    @Test func roundingUpLeavesExactTensOfThousands() throws {
        let amount = try table.amount("tap-the-lao-dong-tien-tien", for: .collective, on: date("01/08/2025"))
        #expect(amount.exact == 1_872_000)
        #expect(amount.amount == 1_880_000)
        let exact = try table.amount("bang-khen-tinh", for: .individual, on: date("01/08/2026"))
        #expect(exact.exact == 3_795_000)
        #expect(exact.amount == 3_800_000)
        #expect(try table.amount("bang-khen-tinh", for: .individual, on: date("01/08/2026"), rounding: .nearest).amount == 3_800_000)
        #expect(try table.amount("giay-khen", for: .collective, on: date("01/08/2026"), rounding: .nearest).amount == 1_520_000)
    }

    @Test func householdsUnderDecree152() throws {
        let amount = try table.amount("giay-khen", for: .household, on: date("01/08/2026"))
        #expect(amount.exact == 1_138_500)
        #expect(amount.amount == 1_140_000)
        #expect(amount.explanation == "1,5 × 0,3 × 2.530.000 = 1.138.500 → 1.140.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)")
        #expect(throws: RulesError.self) { try table.amount("giay-khen", for: .household, on: date("01/08/2024")) }
    }

    @Test func unknownAwardAndWrongRecipient() throws {
        let error = #expect(throws: RulesError.self) { try table.amount("huy-chuong", for: .individual, on: date("01/08/2026")) }
        #expect(error?.description.hasPrefix("không có hình thức khen thưởng \"huy-chuong\". Các hình thức có: giay-khen, ") == true)
        #expect(throws: RulesError.awardNotForRecipient(award: "Chiến sĩ thi đua cơ sở", recipient: "tập thể")) {
            try table.amount("chien-si-thi-dua-co-so", for: .collective, on: date("01/08/2026"))
        }
    }

    @Test func anOfficeCanGiveItsOwnTable() throws {
        let json = """
            {"base_salaries": [{"from": "2027-01-01", "amount": "3000000", "decree": "NĐ 1/2027"}],
             "periods": [{"from": "2027-01-01", "decree": "NĐ 2/2027", "household_factor": null,
               "awards": [{"id": "giay-khen", "name": "Giấy khen", "individual": "0.4", "collective": "0.8", "article": "Điều 1"}]}]}
            """
        let own = try AwardTable(json: Data(json.utf8))
        #expect(try own.amount("giay-khen", for: .individual, on: date("02/01/2027")).amount == 1_200_000)
        #expect(throws: RulesError.self) { try AwardTable(json: Data("{}".utf8)) }
    }
}
