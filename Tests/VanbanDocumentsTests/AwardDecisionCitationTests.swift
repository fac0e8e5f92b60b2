import Foundation
import Testing
import VanbanData
import VanbanDocuments

/// The căn cứ of a Quyết định khen thưởng follow its date as its money does (issue 13, point 2).
@Suite struct AwardDecisionCitationTests {
    static let person: [Value] = [.object(["doi_tuong": .string("Cá nhân"), "ho_ten": .string("Nguyễn Thị Đào")])]

    static func prepare(date: String, lines: [String]) throws -> Value {
        let decision = Value.object([
            "loai": .string("quyet-dinh-khen-thuong"), "hinh_thuc": .string("giay-khen"), "ngay": .string(date),
            "can_cu": .list(lines.map { .string($0) }),
        ])
        return try AwardDecision.prepare(decision, list: person)
    }

    @Test func aDecisionOfMay2025CitesDecree98AndOneOfJuly2025Decree152() throws {
        let may = try Self.prepare(date: "12/05/2025", lines: ["Xét đề nghị của Trưởng phòng Tổ chức cán bộ."])
        #expect(may["can_cu"] == .list([
            .string("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"),
            .string("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"),
            .string("Xét đề nghị của Trưởng phòng Tổ chức cán bộ"),
        ]))
        let july = try Self.prepare(date: "01/07/2025", lines: ["Xét đề nghị của Trưởng phòng Tổ chức cán bộ"])
        guard case .list(let lines)? = july["can_cu"] else { Issue.record("no căn cứ"); return }
        #expect(lines[1].text?.hasPrefix("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ") == true)
        #expect(july["cach_tinh"] == .list([.string("cá nhân: 0,3 × 2.340.000 = 702.000 → 710.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)")]),
                "the money follows the same decree")
    }

    @Test func theDecreeTypedInTheDataIsNotCitedTwice() throws {
        let prepared = try Self.prepare(date: "15/07/2026", lines: [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;",
            "Xét đề nghị của Trưởng phòng Tổ chức cán bộ.",
        ])
        guard case .list(let lines)? = prepared["can_cu"] else { Issue.record("no căn cứ"); return }
        #expect(lines.count == 3)
        #expect(lines.filter { $0.text?.contains("152/2025/NĐ-CP") == true }.count == 1)
    }

    @Test func citationsWrittenAsOneBlockAreReadLineByLine() throws {
        let decision = Value.object([
            "hinh_thuc": .string("giay-khen"), "ngay": .string("15/07/2026"),
            "can_cu": .string("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;\nXét đề nghị của Trưởng phòng Tổ chức cán bộ."),
        ])
        let prepared = try AwardDecision.prepare(decision, list: Self.person)
        guard case .list(let lines)? = prepared["can_cu"] else { Issue.record("no căn cứ"); return }
        #expect(lines.suffix(2) == [.string("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh"),
                                    .string("Xét đề nghị của Trưởng phòng Tổ chức cán bộ")])
    }

    @Test func aCitationDatedAfterTheDecisionNamesBothDates() throws {
        let error = #expect(throws: DocumentsError.self) {
            try Self.prepare(date: "12/05/2025", lines: [
                "Xét đề nghị của Trưởng phòng Tổ chức cán bộ",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ",
            ])
        }
        #expect(error?.description == #""can_cu (dòng 2)" là "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ": cần văn bản ban hành không sau quyết định: dòng này trích văn bản ngày 14/06/2025, quyết định ngày 12/05/2025."#)
    }

    @Test func aSupersededDecreeInTheDataIsRefused() throws {
        let error = #expect(throws: DocumentsError.self) {
            try Self.prepare(date: "15/07/2026", lines: ["Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ"])
        }
        #expect(error?.description == #""can_cu (dòng 1)" là "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ": cần văn bản có hiệu lực vào ngày quyết định 15/07/2026: Nghị định số 98/2023/NĐ-CP có hiệu lực từ 01/01/2024 đến 30/06/2025; bỏ dòng này, vanban tự trích văn bản đúng ngày."#)
    }
}
