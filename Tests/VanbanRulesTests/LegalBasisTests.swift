import Foundation
import Testing
import VanbanRules

/// The dated table of căn cứ: which law and decree a decision cites on its date (SPEC §2, §6).
@Suite struct LegalBasisTests {
    static func date(_ text: String) throws -> DocumentDate { try DocumentDate(parsing: text) }

    @Test(arguments: [
        ("12/05/2025", "98/2023/NĐ-CP"), ("30/06/2025", "98/2023/NĐ-CP"), ("20/06/2025", "98/2023/NĐ-CP"),
        ("01/07/2025", "152/2025/NĐ-CP"), ("15/07/2026", "152/2025/NĐ-CP"), ("01/01/2024", "98/2023/NĐ-CP"),
    ])
    func theDecreeInForceOnTheDateIsCited(date: String, number: String) throws {
        let documents = LegalBasis.bundled.inForce(on: try Self.date(date))
        #expect(documents.map(\.number) == [nil, number], "the Luật, then one decree")
    }

    @Test func citationsCarryTheirOwnNumberAndDate() throws {
        let old = LegalBasis.bundled.inForce(on: try Self.date("12/05/2025"))
        #expect(old.map(\.citation) == [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        ])
        let new = LegalBasis.bundled.inForce(on: try Self.date("01/07/2025"))
        #expect(new[1].citation == "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng")
    }

    @Test func beforeTheLawIsInForceNothingIsCited() throws {
        #expect(LegalBasis.bundled.inForce(on: try Self.date("31/12/2023")).isEmpty)
    }

    @Test func datesAreReadInBothForms() throws {
        #expect(LegalBasis.dates(in: "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ") == [try Self.date("14/06/2025")])
        #expect(LegalBasis.dates(in: "Căn cứ Kế hoạch số 141/KH-UBND ngày 31/7/2024 và Quyết định ngày 05-01-2025") ==
                [try Self.date("31/07/2024"), try Self.date("05/01/2025")])
        #expect(LegalBasis.dates(in: "Căn cứ Quyết định ngày 31 tháng 02 năm 2025").isEmpty, "not a real date")
        #expect(LegalBasis.dates(in: "Xét đề nghị của Trưởng phòng Tổ chức cán bộ").isEmpty)
    }

    @Test func aLineCitesADocumentByNumberOrTheLawByName() throws {
        let basis = LegalBasis.bundled
        #expect(basis.document(citedBy: "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ")?.id == "nd-152-2025")
        #expect(basis.document(citedBy: "căn cứ  luật thi đua, khen thưởng năm 2022")?.id == "luat-thi-dua-khen-thuong-2022")
        #expect(basis.document(citedBy: "Căn cứ Nghị định số 98/2023/NĐ-CP quy định chi tiết … Luật Thi đua, khen thưởng")?.id == "nd-98-2023")
        #expect(basis.document(citedBy: "Xét đề nghị của Trưởng phòng Tổ chức cán bộ") == nil)
    }

    @Test func aBrokenTableIsRefused() throws {
        #expect(throws: RulesError.invalidTable("bảng căn cứ trống")) { try LegalBasis(json: Data(#"{"documents": []}"#.utf8)) }
        #expect(throws: RulesError.notADate("mai")) {
            try LegalBasis(json: Data(#"{"documents": [{"id": "x", "name": "Luật X", "signed": "mai", "in_force": "2024-01-01"}]}"#.utf8))
        }
        #expect(throws: RulesError.invalidTable("thiếu khóa \"in_force\" ở documents[0]")) {
            try LegalBasis(json: Data(#"{"documents": [{"id": "x", "name": "Luật X", "signed": "2024-01-01"}]}"#.utf8))
        }
        #expect(throws: RulesError.invalidTable("không phải JSON hợp lệ")) { try AwardTable(json: Data("{".utf8)) }
    }
}
