import Foundation
import Testing
import VanbanData
import VanbanTestSupport

/// The same five-row list saved the ways a clerk's Excel saves it (Fixtures/README.md).
@Suite struct TextEncodingTests {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static let names = ["Nguyễn Thị Đào", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Quốc Hưng", "Khoa Dược"]

    @Test(arguments: [
        ("ds-5.csv", TextEncoding.utf8), ("ds-5.bom-semicolon.csv", .utf8), ("ds-5.windows-1258.csv", .windows1258),
        ("ds-5.utf16le.txt", .utf16LittleEndian), ("ds-5.utf16be.csv", .utf16BigEndian),
    ])
    func everyEncodingIsDetectedAndReadToNFC(file: String, encoding: TextEncoding) throws {
        let list = try RecordList(url: Self.fixture(file))
        #expect(list.encoding == encoding)
        #expect(list.fields == ["ho_ten", "chuc_vu", "don_vi", "doi_tuong", "so_tien"])
        let records = try list.allRecords()
        #expect(records.map(\.row) == [2, 3, 4, 5, 6])
        let names = records.map { $0.value["ho_ten"]?.text ?? "" }
        #expect(names == Self.names)
        // NFC: "Nguyễn" is 6 scalars, not the 7 Windows-1258 writes (e + circumflex, then a combining tilde).
        #expect(names[0].unicodeScalars.count == 14)
        #expect(records[1].value["chuc_vu"] == .string("Điều dưỡng trưởng"))
        #expect(records[4].value["so_tien"] == .number(1_520_000, text: "1520000"))
    }

    @Test func aBadByteInAUTF8FileIsAnErrorAtItsRowNotAShorterList() throws {
        let file = Self.fixture("ds-5.bad-byte.csv")
        let error = #expect(throws: DataError.self) { try RecordList(url: file).allRecords() }
        #expect(error == .invalidBytes(path: file.relativePath, row: 4, encoding: .utf8))
        #expect(error?.description == "\(file.relativePath), dòng 4: có byte không phải chữ trong bảng mã UTF-8. "
            + "Mở tệp, sửa dòng này, lưu lại (CSV UTF-8), hoặc chọn bảng mã bằng --bang-ma.")
        // Nor through the iterator the CLI used: it throws before giving any record.
        #expect(throws: DataError.self) { try RecordList(url: file).records() }
    }

    @Test func anEncodingCanBeForced() throws {
        let forced = try RecordList(url: Self.fixture("ds-5.windows-1258.csv"), encoding: .windows1258)
        #expect(try forced.allRecords().first?.value["ho_ten"] == .string("Nguyễn Thị Đào"))
        // Forcing UTF-8 on Windows-1258 bytes: an error at the first row with a letter of it.
        let file = Self.fixture("ds-5.windows-1258.csv")
        #expect(throws: DataError.invalidBytes(path: file.relativePath, row: 1, encoding: .utf8)) {
            try RecordList(url: file, encoding: .utf8)
        }
    }

    @Test(arguments: [("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("unicode", .utf16LittleEndian), ("utf-16be", .utf16BigEndian),
                      ("1258", .windows1258), ("Windows-1258", .windows1258), ("cp1258", .windows1258)])
    func encodingNamesAClerkTypes(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }

    @Test func anUnknownEncodingName() {
        #expect(TextEncoding(name: "tcvn3") == nil)
        #expect(DataError.unknownEncoding(name: "tcvn3").description
            == "không biết bảng mã \"tcvn3\". Các bảng mã: utf-8, utf-16, utf-16le, utf-16be, windows-1258.")
    }
}
