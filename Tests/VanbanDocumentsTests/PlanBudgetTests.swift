import Foundation
import Testing
import VanbanData
import VanbanDocuments

@Suite struct PlanBudgetTests {
    static let plan = """
        loai: ke-hoach
        ngay: 2024-12-04
        kinh_phi:
          doc_ngan: true
          bang_chu_viet_thuong: true
          nhom:
            - ten: a) Kinh phí khen thưởng
              dong:
                - {noi_dung: 12 tập thể, so_luong: 12, he_so: "0,6"}
                - {noi_dung: 44 cá nhân, so_luong: 44, he_so: 0.3}
                - {noi_dung: In Giấy khen, so_luong: 56, don_gia: 9.000}
                - {noi_dung: Khung, so_luong: 56, don_gia: 45000}
                - {noi_dung: Hoa, so_luong: 56, don_gia: 100.000}
            - ten: b) Kinh phí tổ chức
              cong_nhan: "Cộng: ="
              dong:
                - {noi_dung: Nước uống, so_luong: 100, don_gia: 20000}
                - {noi_dung: Photo, so_luong: 100, don_gia: 10000}
        """

    /// The Đắk Lắk seed's budget, computed: 12 × 0,6 × 2.340.000 = 16.848.000 and so on.
    @Test func theSeedsBudgetIsComputed() throws {
        let data = try YAMLReader.read(Self.plan, path: "kh.yaml")
        #expect(try Computation(for: data) == .planBudget)
        let prepared = try Computation.planBudget.apply(to: data)
        let budget = try #require(prepared["kinh_phi"])
        guard case .list(let groups)? = budget["nhom"], case .list(let lines)? = groups[0]["dong"] else {
            Issue.record("no groups"); return
        }
        #expect(lines.map { $0["thanh_tien"]?.text } == ["16848000", "30888000", "504000", "2520000", "5600000"])
        #expect(lines[0]["don_gia"]?.text == "1404000")
        #expect(groups.map { $0["cong"]?.text } == ["56360000", "3000000"])
        #expect(groups.map { $0["cong_nhan"] } == [.string("Cộng:"), .string("Cộng: =")])
        #expect(budget["tong_cong"]?.text == "59360000")
        #expect(budget["bang_chu"] == .string("năm mươi chín triệu ba trăm sáu mươi ngàn đồng"))
        #expect(budget["tong_cong_nhan"] == .string("Tổng cộng"))
    }

    @Test func aPlanWithoutBudgetPassesUnchanged() throws {
        let plan = try YAMLReader.read("loai: ke-hoach\ntrich_yeu: X", path: "kh.yaml")
        #expect(try Computation.planBudget.apply(to: plan) == plan)
    }

    @Test func badLinesAreNamed() throws {
        let missing = try YAMLReader.read("kinh_phi:\n  nhom:\n    - ten: a\n      dong:\n        - {noi_dung: X, don_gia: 5}\n", path: "kh.yaml")
        #expect(throws: DocumentsError.missing(field: "so_luong", record: 1)) { try PlanBudget.prepare(missing) }
        let draft = try YAMLReader.read("ngay: \"2024\"\nkinh_phi:\n  nhom:\n    - ten: a\n      dong:\n        - {noi_dung: X, so_luong: 1, he_so: 0.3}\n",
                                        path: "kh.yaml")
        let error = #expect(throws: DocumentsError.self) { try PlanBudget.prepare(draft) }
        #expect(error?.description.contains("kinh_phi.ngay") == true)
        let unknown = try YAMLReader.read("loai: to-trinh", path: "x.yaml")
        #expect(throws: DocumentsError.invalid(field: "loai", value: "to-trinh", record: nil,
                                               expected: "quyet-dinh-khen-thuong, ke-hoach")) { try Computation(for: unknown) }
    }
}
