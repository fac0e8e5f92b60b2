import Foundation
import Testing
import VanbanData
import VanbanDocuments

/// Award lists as clerks keep them in Excel (VanbanDataTests/Fixtures/excel): who is the same
/// person, which amounts are the decree's, what section rows say.
@Suite struct AwardListAsExcelTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VanbanDataTests/Fixtures/excel")
    static let decision: Value = .object([
        "hinh_thuc": .string("giay-khen"), "ngay": .string("01/12/2026"),
    ])

    static func checked(_ file: String, common: Value? = decision) throws -> (String, Result<[ListRecord], DataError>) {
        let url = folder.appendingPathComponent(file)
        let list = try RecordList(url: url, common: common, expectedFields: ["ho_ten", "don_vi", "doi_tuong", "so_tien"])
        let records = try list.allRecords()
        return (url.relativePath, Result { () throws(DataError) -> [ListRecord] in try AwardList.check(records, of: list, common: common) })
    }

    @Test func toneMarksMakeDifferentPeopleAndSpacesOrCaseDoNot() throws {
        let (path, result) = try Self.checked("tone-marks.xlsx")
        let error = #expect(throws: DataError.self) { try result.get() }
        guard case .duplicateRecipient(let file, _, _, let rows)? = error else {
            Issue.record("expected one duplicate, got \(String(describing: error))")
            return
        }
        #expect(file == path && rows == [10, 11])
    }

    @Test func aListAmountThatIsNotTheDecreesIsRefusedWithBothAmounts() throws {
        let (path, result) = try Self.checked("list-amounts.xlsx")
        let error = #expect(throws: DataError.self) { try result.get() }
        #expect(error == .listAmountsDiffer(path: path, heading: "Số tiền", rows: [8], listed: [800_000], decreed: [760_000]))
        #expect(error?.description.contains("dòng 8: 800.000 đồng, theo nghị định 760.000 đồng") == true)
    }

    @Test func theListsAmountsStandWhenTheClerkSaysSo() throws {
        guard case .object(var fields) = Self.decision else { return }
        fields[AwardDecision.listAmountsField] = .bool(true)
        let (_, result) = try Self.checked("list-amounts.xlsx", common: .object(fields))
        let records = try result.get()
        let decision = try AwardDecision.prepare(.object(fields), list: records.map(\.value))
        #expect(decision["tong_tien"]?.text == "5360000")
    }

    @Test func sectionRowsGiveTheKind() throws {
        for file in ["sections.xlsx", "sections-split.xlsx", "sections.ods"] {
            let (_, result) = try Self.checked(file)
            let records = try result.get()
            let decision = try AwardDecision.prepare(Self.decision, list: records.map(\.value))
            #expect(decision["doi_tuong_khen"]?.text == "3 tập thể và 5 cá nhân", "\(file)")
            #expect(decision["tong_tien"]?.text == "8360000", "\(file)")
        }
    }

    @Test func hiddenRowsAreNotPaid() throws {
        for file in ["hidden-rows.xlsx", "hidden-rows.ods", "calc-hidden-rows.xlsx"] {
            let (_, result) = try Self.checked(file)
            let decision = try AwardDecision.prepare(Self.decision, list: try result.get().map(\.value))
            #expect(decision["doi_tuong_khen"]?.text == "2 tập thể và 4 cá nhân", "\(file)")
            #expect(decision["tong_tien"]?.text == "6080000", "\(file)")
        }
    }
}
