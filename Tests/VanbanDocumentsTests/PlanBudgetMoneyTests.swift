import Foundation
import Testing
import VanbanData
import VanbanDocuments

/// A plan's đơn giá is whole đồng: `25,000` is twenty-five thousand, never 25.
@Suite struct PlanBudgetMoneyTests {
    static func plan(_ unitPrice: String) -> String {
        """
        loai: ke-hoach
        ngay: 2024-12-04
        kinh_phi:
          nhom:
            - ten: a) In ấn
              dong:
                - {noi_dung: In Giấy khen, so_luong: 2, don_gia: "\(unitPrice)"}
        """
    }

    @Test(arguments: ["25,000", "25.000", "25 000", "25000"])
    func unitPricesAreWholeDong(price: String) throws {
        let prepared = try Computation.planBudget.apply(to: YAMLReader.read(Self.plan(price), path: "kh.yaml"))
        #expect(prepared["kinh_phi"]?["tong_cong"]?.text == "50000")
    }

    @Test func aUnitPriceWithDecimalsIsRefused() throws {
        #expect(throws: DocumentsError.invalid(field: "don_gia", value: "25,5", record: 1, expected: "số tiền đồng chẵn (25.000 hoặc 25000)")) {
            try Computation.planBudget.apply(to: YAMLReader.read(Self.plan("25,5"), path: "kh.yaml"))
        }
    }
}
