import Foundation
import Testing
import VanbanData
import VanbanDocuments

@Suite struct AwardDecisionTests {
    static func decision(date: String = "2026-07-15", award: String = "giay-khen", extra: String = "") throws -> Value {
        try YAMLReader.read("loai: quyet-dinh-khen-thuong\nhinh_thuc: \(award)\nngay: \(date)\nso_so_vang_dau: 11\n\(extra)", path: "qd.yaml")
    }

    static let list: [Value] = [
        .object(["doi_tuong": .string("Cá nhân"), "ho_ten": .string("Nguyễn Thị Đào")]),
        .object(["doi_tuong": .string("TẬP THỂ"), "ho_ten": .string("Khoa Nội")]),
        .object(["doi_tuong": .string(""), "ho_ten": .string("Trần Văn Bình")]),
        .object(["doi_tuong": .string("tap the"), "ho_ten": .string("Khoa Ngoại")]),
    ]

    @Test func countsMoneyGroupsAndGoldenBookNumbers() throws {
        let prepared = try AwardDecision.prepare(Self.decision(), list: Self.list)
        #expect(prepared["hinh_thuc_ten"] == .string("Giấy khen"))
        #expect(prepared["doi_tuong_khen"] == .string("2 tập thể và 2 cá nhân"))
        #expect(prepared["tien_thuong"] == .string("tập thể 1.520.000 đồng, cá nhân 760.000 đồng"))
        #expect(prepared["tong_tien"]?.text == "4560000")
        guard case .list(let groups)? = prepared["nhom"] else { Issue.record("no groups"); return }
        #expect(groups.map { $0["ten"] } == [.string("I. TẬP THỂ"), .string("II. CÁ NHÂN")])
        guard case .list(let collectives)? = groups[0]["thanh_vien"], case .list(let individuals)? = groups[1]["thanh_vien"] else {
            Issue.record("no members"); return
        }
        #expect(collectives.map { $0["ho_ten"] } == [.string("Khoa Nội"), .string("Khoa Ngoại")])
        #expect((collectives + individuals).map { $0["so_so_vang"] } == ["11", "12", "13", "14"].map(Value.string))
        #expect(individuals.map { $0["so_tien"]?.text } == ["760000", "760000"])
        #expect(prepared["cach_tinh"] == .list([
            .string("tập thể: 0,6 × 2.530.000 = 1.518.000 → 1.520.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)"),
            .string("cá nhân: 0,3 × 2.530.000 = 759.000 → 760.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)"),
        ]))
    }

    @Test func theDecreeOfTheDecisionDateApplies() throws {
        let before = try AwardDecision.prepare(Self.decision(date: "30/06/2025", award: "bang-khen-tinh", extra: "lam_tron: khong"),
                                               list: [Self.list[0]])
        #expect(before["tien_thuong"] == .string("cá nhân 2.340.000 đồng"))
        let after = try AwardDecision.prepare(Self.decision(date: "01/07/2025", award: "bang-khen-tinh", extra: "lam_tron: khong"),
                                              list: [Self.list[0]])
        #expect(after["tien_thuong"] == .string("cá nhân 3.510.000 đồng"))
        #expect(after["doi_tuong_khen"] == .string("1 cá nhân"))
    }

    @Test func badDataIsNamed() throws {
        #expect(throws: DocumentsError.missing(field: "ho_ten", record: 2)) {
            try AwardDecision.prepare(Self.decision(), list: [Self.list[0], .object(["doi_tuong": .string("Cá nhân")])])
        }
        #expect(throws: DocumentsError.invalid(field: "doi_tuong", value: "Hộ", record: 1, expected: "\"Tập thể\" hoặc \"Cá nhân\"")) {
            try AwardDecision.prepare(Self.decision(), list: [.object(["doi_tuong": .string("Hộ"), "ho_ten": .string("A")])])
        }
        let early = #expect(throws: DocumentsError.self) { try AwardDecision.prepare(Self.decision(date: "2023-12-31"), list: Self.list) }
        #expect(early?.description == "ngày 31/12/2023 trước thời điểm đầu tiên của bảng mức thưởng (01/01/2024); vanban không có số liệu cho ngày này.")
        let unknown = #expect(throws: DocumentsError.self) { try AwardDecision.prepare(Self.decision(award: "huy-chuong"), list: Self.list) }
        #expect(unknown?.description.hasPrefix("không có hình thức khen thưởng \"huy-chuong\"") == true)
    }
}
