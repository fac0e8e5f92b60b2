import Foundation
import Testing
import VanbanData

@Suite struct SpreadsheetTests {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    /// The same list typed in Calc and saved three ways reads the same; the empty row is skipped;
    /// dates print as ND30 dates, amounts are numbers, "Họ và tên" fills `ho_ten`.
    @Test(arguments: ["danh-sach.ods", "danh-sach.xlsx", "danh-sach.csv"])
    func typedCellsReadAsTheClerkSeesThem(file: String) throws {
        let list = try RecordList(url: Self.fixture(file))
        #expect(list.fields == ["ho_ten", "ngay_quyet_dinh", "so_tien", "don_vi"])
        let records = Array(try list.records())
        #expect(records.count == 3)
        #expect(records[0]["ho_va_ten"] == .string("Nguyễn Thị Đào"))
        #expect(records[0]["ngay_quyet_dinh"] == .string("04/12/2024"))
        #expect(records[0]["so_tien"] == .number(760_000, text: "760000"))
        #expect(records[1]["don_vi"] == .string("Trung tâm, KSBT"))
        #expect(records[2]["ngay_quyet_dinh"] == .string("01/07/2026"))
    }

    @Test func anUnknownSheetIsNamedWithTheOnesThereAre() throws {
        for file in ["danh-sach.ods", "danh-sach.xlsx"] {
            let error = #expect(throws: DataError.self) { try RecordList(url: Self.fixture(file), sheet: "Trang 2") }
            #expect(error?.description.contains("không có trang tính «Trang 2». Các trang: «danh-sach»") == true)
        }
    }

    @Test func aFileThatIsNoSpreadsheet() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gia-\(UUID()).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("không phải bảng tính".utf8).write(to: file)
        #expect(throws: DataError.self) { try RecordList(url: file) }
    }
}
