import Foundation
import Testing
import VanbanData
import VanbanDocuments

/// An award list that would make a wrong decision is refused before anything is computed.
@Suite struct AwardListTests {
    /// A CSV list in a fresh folder, read whole, and checked.
    static func check(_ text: String, common: Value? = nil, allowDuplicates: Bool = false) throws -> (String, Result<[ListRecord], DataError>) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-award-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("danh-sach.csv")
        try Data(text.utf8).write(to: file)
        let list = try RecordList(url: file, common: common)
        let records = try list.allRecords()
        let result = Result { () throws(DataError) -> [ListRecord] in
            try AwardList.check(records, of: list, common: common, allowDuplicates: allowDuplicates)
        }
        return (file.relativePath, result)
    }

    @Test func aGoodListPasses() throws {
        let (_, result) = try Self.check("Họ và tên,Đơn vị,Đối tượng\nNguyễn An,Khoa Nhi,Cá nhân\nKhoa Nhi,Bệnh viện tỉnh,Tập thể\n")
        #expect(try result.get().map(\.row) == [2, 3])
    }

    @Test func noRecipientKindColumnIsRefused() throws {
        let (path, result) = try Self.check("Họ và tên,Đơn vị\nNguyễn An,Khoa Nhi\nKhoa Nhi,Bệnh viện tỉnh\n")
        #expect(throws: DataError.noRecipientKindColumn(path: path, records: 2)) { try result.get() }
        #expect(DataError.noRecipientKindColumn(path: path, records: 2).description
            == "\(path): không có cột \"Đối tượng\" (Tập thể/Cá nhân) cho 2 dòng. "
            + "Thêm cột, hoặc ghi doi_tuong_chung: Cá nhân (hay Tập thể) trong dữ liệu chung nếu cả danh sách cùng một loại.")
    }

    @Test func theCommonDataCanSayWhatAllAre() throws {
        let (_, result) = try Self.check("Họ và tên,Đơn vị\nNguyễn An,Khoa Nhi\n", common: .object(["doi_tuong_chung": .string("Cá nhân")]))
        #expect(try result.get().first?.value["doi_tuong"] == .string("Cá nhân"))
        let (path, wrong) = try Self.check("Họ và tên\nAn\n", common: .object(["doi_tuong_chung": .string("Ai cũng được")]))
        #expect(throws: DataError.noRecipientKindColumn(path: path, records: 1)) { try wrong.get() }
    }

    @Test func aBlankOrUnknownKindIsRefusedWithItsRows() throws {
        let (path, result) = try Self.check("Họ và tên,Loại\nAn,CN\nKhoa Nhi,\nBình,Cán bộ\n")
        #expect(throws: DataError.unknownRecipientKinds(path: path, heading: "Loại", rows: [3, 4], texts: ["", "Cán bộ"])) { try result.get() }
        #expect(DataError.unknownRecipientKinds(path: path, heading: "Loại", rows: [3, 4], texts: ["", "Cán bộ"]).description
            == "\(path), cột \"Loại\": 2 dòng không phải \"Tập thể\" hay \"Cá nhân\" (dòng 3: \"\", dòng 4: \"Cán bộ\").")
    }

    @Test func theSamePersonTwiceIsRefusedWithBothRows() throws {
        let text = "STT,Họ và tên,Đơn vị,Đối tượng\n1,Nguyễn An,Khoa Nhi,Cá nhân\n2,Trần Bình,Khoa Nội,Cá nhân\n3,NGUYỄN  AN,khoa nhi,Cá nhân\n4,Nguyễn An,Khoa Dược,Cá nhân\n"
        let (path, result) = try Self.check(text)
        let expected = DataError.duplicateRecipient(path: path, name: "Nguyễn An", unit: "Khoa Nhi", rows: [2, 4])
        #expect(throws: expected) { try result.get() }
        #expect(expected.description == "\(path): \"Nguyễn An\" (Khoa Nhi) có 2 lần, ở dòng 2, dòng 4. "
            + "Xóa dòng thừa, hoặc dùng --cho-phep-trung nếu đúng là nhiều lần.")
        let (_, allowed) = try Self.check(text, allowDuplicates: true)
        #expect(try allowed.get().count == 4)
    }

    /// A row with values but no name is refused while the list is read, with its row.
    @Test func aRowWithoutANameIsRefusedWhileReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-award-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("danh-sach.csv")
        try Data("Họ và tên,Đơn vị,Đối tượng\nNguyễn An,Khoa Nhi,Cá nhân\n,Khoa Nhi,Cá nhân\n".utf8).write(to: file)
        let list = try RecordList(url: file)
        #expect(throws: DataError.missingNames(path: file.relativePath, heading: "Họ và tên", rows: [3])) { try list.allRecords() }
    }

    @Test func anEmptyListIsRefused() throws {
        let (path, result) = try Self.check("Họ và tên,Đối tượng\n,\nTổng cộng,\n")
        #expect(throws: DataError.emptyList(path: path)) { try result.get() }
    }

    @Test func everyProblemIsOneLineAndNoMoreThanTen() throws {
        var text = "Họ và tên,Đơn vị,Đối tượng\nKhoa Nhi,Bệnh viện,Nhóm\n"
        for index in 1...15 { text += "Người \(index),Khoa,Cá nhân\nNgười \(index),Khoa,Cá nhân\n" }
        let (_, result) = try Self.check(text)
        let error = #expect(throws: DataError.self) { try result.get() }
        let lines = error?.description.split(separator: "\n") ?? []
        #expect(lines.count == 10)
        #expect(lines.first?.hasSuffix("cột \"Đối tượng\": 1 dòng không phải \"Tập thể\" hay \"Cá nhân\" (dòng 2: \"Nhóm\").") == true)
        #expect(lines.last == "… và 7 lỗi nữa cùng loại.")
    }
}
