import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// The built-in Quyết định cites the decree in force on its date (issue 13, point 2), run as a
/// clerk would: `vanban tao quyet-dinh-khen-thuong` with the sample data re-dated.
@Suite struct AwardCitationCommandTests {
    static let sample = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.yaml")

    static func decision(dated date: String, extraLine: String? = nil, in folder: TemporaryFolder) throws -> (Shell.Result, String?) {
        var text = try String(contentsOf: sample, encoding: .utf8).replacingOccurrences(of: "ngay: 2026-07-15", with: "ngay: \(date)")
        if let extraLine {
            text = text.replacingOccurrences(of: "  - Xét đề nghị của Trưởng phòng Tổ chức cán bộ", with: "  - \(extraLine)\n  - Xét đề nghị của Trưởng phòng Tổ chức cán bộ")
        }
        try folder.write("qd.yaml", text)
        let result = try Vanban.run(["tao", "quyet-dinh-khen-thuong", "qd.yaml", "-o", "qd.fodt"], in: folder.url,
                                    environment: ["VANBAN_MAU": BuiltInTemplateTests.templates.path])
        guard result.status == 0 else { return (result, nil) }
        return (result, try Document(contentsOf: folder.file("qd.fodt")).plainText)
    }

    @Test func aDecisionOfMay2025CitesDecree98() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (result, text) = try Self.decision(dated: "2025-05-12", in: folder)
        #expect(result.status == 0, "\(result.error)")
        let body = try #require(text)
        #expect(body.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
        #expect(body.contains("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"))
        #expect(!body.contains("152/2025"))
        #expect(body.contains("Xét đề nghị của Trưởng phòng Tổ chức cán bộ."))
    }

    @Test func aDecisionOfJuly2025CitesDecree152AsItsMoneyDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (result, text) = try Self.decision(dated: "2025-07-01", in: folder)
        #expect(result.status == 0, "\(result.error)")
        let body = try #require(text)
        #expect(body.contains("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ"))
        #expect(!body.contains("98/2023"))
        #expect(body.contains("tập thể 1.410.000 đồng, cá nhân 710.000 đồng"), "0,6 and 0,3 × 2.340.000 rounded up")
    }

    @Test func aCitationDatedAfterTheDecisionStopsItAndNamesBothDates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (result, _) = try Self.decision(dated: "2025-05-12", extraLine: "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ", in: folder)
        #expect(result.status == 1)
        #expect(result.error.contains("dòng này trích văn bản ngày 14/06/2025, quyết định ngày 12/05/2025"), "\(result.error)")
        #expect(try folder.contents() == ["qd.yaml"], "nothing written")
    }
}
