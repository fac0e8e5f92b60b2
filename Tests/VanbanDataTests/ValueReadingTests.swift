import Foundation
import Testing
import VanbanData
import VanbanTestSupport

/// Values are never misread: money in whole đồng, dates as ND30 dates, numbers kept as
/// typed, names tidied and names in capitals reported.
@Suite struct ValueReadingTests {
    static func read(_ text: String, warnings: inout [DataWarning]) throws -> [ListRecord] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var heard: [DataWarning] = []
        let records = try RecordList(url: try folder.write("ds.csv", text)).allRecords { heard.append($0) }
        warnings = heard
        return records
    }

    @Test(arguments: ["25,000", "25.000", "25 000", "25000", "\"25.000 đồng\"", "25.000đ", "\"25,000.00\""])
    func moneyIsWholeDongWrittenAnyWay(cell: String) throws {
        var warnings: [DataWarning] = []
        let records = try Self.read("Họ tên;Số tiền\nAn;\(cell)\n", warnings: &warnings)
        #expect(records[0].value["so_tien"] == .number(25_000, text: "25000"))
        #expect(warnings.isEmpty)
    }

    @Test func anAmountThatIsNotWholeDongIsAnErrorWithEveryRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "Họ tên;Thành tiền (đồng)\nAn;25,5\nBình;760.000\nCúc;1.5\nDũng;không\n")
        let list = try RecordList(url: file)
        let error = #expect(throws: DataError.self) { try list.allRecords() }
        // The iterator the CLI walks throws before giving the first record, not after the last.
        #expect(throws: DataError.self) { try list.records() }
        #expect(error == .unreadableAmounts(path: file.relativePath, heading: "Thành tiền (đồng)", rows: [2, 4, 5], texts: ["25,5", "1.5", "không"]))
        #expect(error?.description == "\(file.relativePath), cột \"Thành tiền (đồng)\": 3 ô không phải số tiền đồng chẵn "
            + "(dòng 2: \"25,5\", dòng 4: \"1.5\", dòng 5: \"không\"). Viết như 25.000 hoặc 25000.")
    }

    @Test func aLongListOfBadAmountsIsStillOneShortLine() {
        let error = DataError.unreadableAmounts(path: "ds.csv", heading: "Số tiền", rows: Array(2...31), texts: Array(repeating: "x", count: 30))
        #expect(error.description.split(separator: "\n").count == 1)
        #expect(error.description.contains("dòng 11: \"x\" và 20 dòng khác)"))
    }

    @Test func namesAreTidiedAndCapitalsReportedOnce() throws {
        var warnings: [DataWarning] = []
        let records = try Self.read("Họ và tên,Đơn vị\n  Nguyễn   Thị Đào ,Khoa Nhi\nTRẦN VĂN BÌNH,Khoa Nội\nLÊ CÚC,Khoa Dược\n", warnings: &warnings)
        #expect(records.map { $0.value["ho_ten"] } == [.string("Nguyễn Thị Đào"), .string("TRẦN VĂN BÌNH"), .string("LÊ CÚC")])
        #expect(warnings.count == 1)
        #expect(warnings.first?.kind == .capitalNames(heading: "Họ và tên", rows: [3, 4]))
    }

    @Test func numbersStoredAsTextAreNumbersPrintedAsTyped() throws {
        var warnings: [DataWarning] = []
        let records = try Self.read("STT,Họ tên,Điện thoại,Ngày sinh,Ghi chú\n01,An,0912345678,1989-10-02,Tổ 3\n", warnings: &warnings)
        #expect(records[0].value["stt"] == .number(1, text: "01"))
        #expect(records[0].value["dien_thoai"] == .number(912_345_678, text: "0912345678"))
        #expect(records[0].value["dien_thoai"]?.text == "0912345678")
        #expect(records[0].value["ngay_sinh"] == .string("02/10/1989"))
        #expect(records[0].value["ghi_chu"] == .string("Tổ 3"))
    }

    @Test func commonDataFillsWhatTheRowsLack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "Họ tên\nAn\n"),
                                  common: .object(["ho_ten": .string("X"), "ngay": .string("04/12/2025")]))
        let record = try #require(try list.allRecords().first)
        #expect(record.value["ho_ten"] == .string("An"))
        #expect(record.value["ngay"] == .string("04/12/2025"))
    }
}
