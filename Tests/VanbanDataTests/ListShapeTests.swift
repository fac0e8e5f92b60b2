import Foundation
import Testing
import VanbanData
import VanbanTestSupport

/// A list laid out as offices do: titles above the header, a numbering row, a blank row, a
/// "Tổng cộng" row and a signature block (Fixtures/khen-thuong.csv, and the same in Calc).
@Suite struct ListShapeTests {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    @Test(arguments: ["khen-thuong.csv", "khen-thuong.ods", "khen-thuong.xlsx"])
    func titlesNumberingTotalAndSignaturesAreNotRecords(file: String) throws {
        let list = try RecordList(url: Self.fixture(file))
        #expect(list.numberingRow == list.headerRow.map { $0 + 1 })
        #expect(list.fields == ["stt", "ho_ten", "ngay_sinh", "chuc_vu", "don_vi", "doi_tuong", "so_tien"])
        var warnings: [DataWarning] = []
        let records = try list.allRecords { warnings.append($0) }
        #expect(records.map { $0.value["ho_ten"] } == [.string("Nguyễn Thị Đào"), .string("TRẦN VĂN BÌNH"), .string("Khoa Dược")])
        #expect(records[0].value["ngay_sinh"] == .string("02/10/1989"))
        #expect(records[0].value["so_tien"] == .number(760_000, text: "760000"))
        #expect(records[2].value["stt"] == .number(3, text: "3"))
        #expect(records[2].value["don_vi"] == .string("Bệnh viện tỉnh"))
        // The heading's own name still answers, for templates written as {{ho_va_ten}}.
        #expect(records[0].value["ho_va_ten"] == .string("Nguyễn Thị Đào"))
        // The total row is said, never read as a person.
        let totals = warnings.compactMap { if case .rowsLeftOut(.total, let rows) = $0.kind { rows } else { nil } }
        #expect(totals.count == 1 && totals[0].allSatisfy { $0 > records[2].row })
        #expect(warnings.filter { if case .rowsLeftOut = $0.kind { false } else { true } }.map(\.description) == [
            "\(Self.fixture(file).relativePath), cột \"Họ và tên\": 1 tên viết IN HOA (dòng \(records[1].row)), được giữ nguyên; "
                + "mẫu có thể in {{ho_ten | ten_rieng}} (Nguyễn Văn An).",
        ])
    }

    @Test(arguments: ["khen-thuong.csv", "khen-thuong.ods"])
    func recordsCarryTheRowsTheClerkSees(file: String) throws {
        let list = try RecordList(url: Self.fixture(file))
        #expect(list.headerRow == 5)
        #expect(list.numberingRow == 6)
        #expect(try list.allRecords().map(\.row) == [7, 8, 10])
    }

    @Test func xlsxRowsCarryExcelRowNumbers() throws {
        // LibreOffice and Excel leave blank rows out of sheet1.xml (`<row r="10">` follows
        // `<row r="8">`): each row still carries the number Excel shows.
        let list = try RecordList(url: Self.fixture("khen-thuong.xlsx"))
        let rows = try list.allRecords().map(\.row)
        #expect(list.headerRow == 5)
        #expect(rows == [7, 8, 10])
    }

    @Test func theHeaderRowCanBeSetByHand() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Two header-like rows; the clerk's header is the second.
        let file = try folder.write("ds.csv", "Họ tên,Đơn vị\nHọ tên người nhận,Nơi nhận\nAn,Khoa Nhi\n")
        #expect(try RecordList(url: file).headerRow == 1)
        let list = try RecordList(url: file, headerRow: 2)
        #expect(list.fields == ["ho_ten_nguoi_nhan", "noi_nhan"])
        #expect(try list.allRecords().map(\.row) == [3])
        let error = #expect(throws: DataError.self) { try RecordList(url: file, headerRow: 9) }
        #expect(error?.description == "\(file.relativePath): dòng tiêu đề 9 trống hoặc không có (bảng có 3 dòng).")
    }

    @Test func expectedFieldsPickTheHeaderAmongLookalikes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "Mục,Mã số,Ghi nhận\nNgười nhận,Nơi nhận,Quà\nAn,Khoa Nhi,Sách\n")
        #expect(try RecordList(url: file).headerRow == 1)
        let list = try RecordList(url: file, expectedFields: ["nguoi_nhan", "noi_nhan"])
        #expect(list.headerRow == 2)
        #expect(try list.allRecords().first?.value["noi_nhan"] == .string("Khoa Nhi"))
    }

    @Test func aTitleAboveAnUnknownSingleHeadingIsNotTheHeader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "DANH SÁCH KHÁCH MỜI\n(Kèm theo Giấy mời số 5)\nKhách mời\nÔng Nguyễn An\n"))
        #expect(list.headerRow == 3)
        #expect(list.fields == ["khach_moi"])
        #expect(try list.allRecords().map(\.row) == [4])
    }

    @Test(arguments: ["1,2,3", "(1),(2),(3)", "A,B,C", "(1),(2),(3)=(1)x(2)", "-1,-2,-3"])
    func numberingRowsOfEveryKindAreSkipped(numbering: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "STT,Họ tên,Số tiền\n\(numbering)\n1,An,5000\n"))
        #expect(list.numberingRow == 2)
        #expect(try list.allRecords().map(\.row) == [3])
    }

    @Test func aRecordUnderTheSignatureBlockIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "STT,Họ tên,Đơn vị\n1,An,Khoa Nhi\n,Người lập biểu,THỦ TRƯỞNG ĐƠN VỊ\n2,Bình,Khoa Nội\n")
        let error = #expect(throws: DataError.self) { try RecordList(url: file).allRecords() }
        #expect(error == .recordBelowSignature(path: file.relativePath, row: 4, signatureRow: 3))
        #expect(error?.description == "\(file.relativePath), dòng 4: dòng có số thứ tự nằm dưới phần ký tên (dòng 3). "
            + "Chuyển dòng này lên trong bảng hoặc xóa phần ký tên khỏi tệp danh sách.")
    }

    @Test func aRecordWhoseOnlyCellIsAJobTitleIsStillARecord() throws {
        // "Giám đốc" alone is a signer's title; with a name beside it, a record.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "Họ tên,Chức vụ\nAn,Giám đốc\nBình,Kế toán trưởng\n"))
        #expect(try list.allRecords().count == 2)
    }

    @Test func subtotalsAndAHeaderRepeatedOnEachPageAreNotRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "STT,Họ và tên,Số tiền\n1,An,5000\nCộng,,5000\nSTT,Họ và tên,Số tiền\n2,Bình,7000\nTỔNG CỘNG,,12000\n"
        let list = try RecordList(url: try folder.write("ds.csv", text))
        #expect(try list.allRecords().map(\.row) == [2, 5])
    }

    @Test func totalRowsWrittenWithPunctuationOrInCapitalsAreNotRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "STT,Họ và tên,Số tiền\n1,An,5000\n- Cộng,,5000\n2,Bình,7000\n(Tổng cộng),,12000\n3,Cúc,1000\n"
            + "\u{202F}Tổng số,,13000\n4,Tô Đào,2000\ntổng cộng: 4 người,,15000\n5,Chu Văn An,3000\n"
        let list = try RecordList(url: try folder.write("ds.csv", text))
        #expect(try list.allRecords().map(\.row) == [2, 4, 6, 8, 10])
    }

    @Test func aColumnMappedByHandFillsItsField() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "Họ và tên khai sinh,Nơi làm việc\nAn,Khoa Nhi\n"),
                                  fieldHeadings: ["ho_ten": "Họ và tên khai sinh"])
        #expect(list.fields == ["ho_ten", "noi_lam_viec"])
        #expect(list.heading(of: "ho_ten") == "Họ và tên khai sinh")
        #expect(try list.allRecords().first?.value["ho_ten"] == .string("An"))
    }

    @Test func anEmptyFileHasNoHeader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "\n,,\n")
        #expect(throws: DataError.noHeaderRow(path: file.relativePath)) { try RecordList(url: file) }
    }
}
