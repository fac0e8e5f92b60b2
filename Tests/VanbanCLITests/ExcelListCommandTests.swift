import Foundation
import Testing
import VanbanTestSupport

/// Lists as clerks make them in Excel, run through `vanban` as a clerk would
/// (VanbanDataTests/Fixtures/excel): never a document the clerk did not mean.
@Suite struct ExcelListCommandTests {
    static let excel = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VanbanDataTests/Fixtures/excel")
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    /// A folder with the fixture `list` and the built-in decision's sample data dated 01/12/2026.
    static func folder(with list: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: excel.appendingPathComponent(list), to: folder.file(list))
        let decision = try String(contentsOf: templates.appendingPathComponent("quyet-dinh-khen-thuong.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "ngay: 2026-07-15", with: "ngay: 2026-12-01")
        _ = try folder.write("qd.yaml", decision)
        return folder
    }

    @Test func hiddenRowsAreNeitherCertifiedNorPaidAndAreSaid() throws {
        let folder = try Self.folder(with: "hidden-rows.xlsx")
        defer { folder.remove() }
        let result = try Vanban.run(["hang-loat", "giay-khen", "hidden-rows.xlsx", "--du-lieu-chung", "qd.yaml", "--mot-tep",
                                     "-o", "gk.fodt"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("hidden-rows.xlsx: bỏ 2 dòng ẩn: 5, 9."), "\(result.error)")
        #expect(result.error.contains("Đã ghi 1 tệp (6 bản ghi)"), "\(result.error)")
        let decision = try Vanban.run(["tao", "quyet-dinh-khen-thuong", "qd.yaml", "--danh-sach", "hidden-rows.xlsx", "-o", "qd.fodt"],
                                      in: folder.url)
        #expect(decision.status == 0, "\(decision.error)")
        let text = try String(contentsOf: folder.file("qd.fodt"), encoding: .utf8)
        #expect(text.contains("2 tập thể và 4 cá nhân") && text.contains("6.080.000"))
    }

    @Test func aRowWithoutANameStopsTheBatchNamingItsRow() throws {
        let folder = try Self.folder(with: "empty-name.xlsx")
        defer { folder.remove() }
        _ = try folder.write("hn.yaml", try String(contentsOf: Self.templates.appendingPathComponent("giay-moi.yaml"), encoding: .utf8))
        let result = try Vanban.run(["hang-loat", "giay-moi", "empty-name.xlsx", "--du-lieu-chung", "hn.yaml", "-o", "gm"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains(#"empty-name.xlsx, cột "Họ và tên": 1 dòng không có tên (dòng 7)."#), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("gm").path))
    }

    @Test func aListAmountOtherThanTheDecreesIsRefusedUnlessTheListStands() throws {
        let folder = try Self.folder(with: "list-amounts.xlsx")
        defer { folder.remove() }
        let refused = try Vanban.run(["tao", "quyet-dinh-khen-thuong", "qd.yaml", "--danh-sach", "list-amounts.xlsx", "-o", "qd.fodt"],
                                     in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.error.contains("dòng 8: 800.000 đồng, theo nghị định 760.000 đồng"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("qd.fodt").path))
        let standing = try Vanban.run(["tao", "quyet-dinh-khen-thuong", "qd.yaml", "--danh-sach", "list-amounts.xlsx", "-o", "qd.fodt",
                                       "--theo-so-tien-danh-sach"], in: folder.url)
        #expect(standing.status == 0, "\(standing.error)")
        #expect(try String(contentsOf: folder.file("qd.fodt"), encoding: .utf8).contains("5.360.000"))
    }

    @Test func thePreviewSaysWhatWillHappen() throws {
        let folder = try Self.folder(with: "merged-name-subheadings.xlsx")
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Self.excel.appendingPathComponent("sections.xlsx"), to: folder.file("sections.xlsx"))
        let merged = try Vanban.run(["hang-loat", "giay-khen", "merged-name-subheadings.xlsx", "--du-lieu-chung", "qd.yaml",
                                     "--xem-truoc"], in: folder.url)
        #expect(merged.status == 0, "\(merged.error)")
        #expect(merged.output.contains("6 bản ghi, dòng tiêu đề là các dòng 3–4."), "\(merged.output)")
        #expect(merged.output.contains("Cột B, C ghép thành"), "\(merged.output)")
        let sections = try Vanban.run(["hang-loat", "giay-khen", "sections.xlsx", "--du-lieu-chung", "qd.yaml", "--xem-truoc"],
                                      in: folder.url)
        #expect(sections.output.contains("8 bản ghi"), "\(sections.output)")
        #expect(sections.output.contains("Bỏ 2 dòng tiêu đề mục"), "\(sections.output)")
        #expect(sections.output.contains("Bỏ 1 dòng tổng: 14."), "\(sections.output)")
    }

    /// The sample data used as common data: its person never becomes everyone's, and an empty
    /// cell of the list stays empty (a guest without a title gets no "Chức vụ" line).
    @Test func theCommonDataNeverFillsAPersonsOwnFields() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("hn.yaml", try String(contentsOf: Self.templates.appendingPathComponent("giay-moi.yaml"), encoding: .utf8))
        _ = try folder.write("khong-ten.csv", "Giới tính,Chức vụ,Đơn vị\nÔng,Bác sĩ,Bệnh viện tỉnh\n")
        let noName = try Vanban.run(["hang-loat", "giay-moi", "khong-ten.csv", "--du-lieu-chung", "hn.yaml", "-o", "ra"], in: folder.url)
        #expect(noName.status == 1)
        #expect(noName.error.contains(#"hn.yaml: "Họ và tên" là giá trị riêng của từng người, nhưng khong-ten.csv không có cột này nên mọi văn bản sẽ in "Nguyễn Thị Đào"."#),
                "\(noName.error)")
        _ = try folder.write("ds.csv", "Giới tính,Họ và tên,Chức vụ,Đơn vị\nÔng,Trần Văn Minh,,Bệnh viện tỉnh\nBà,Lê Thị Hà,Bác sĩ,Sở Y tế\n")
        let result = try Vanban.run(["hang-loat", "giay-moi", "ds.csv", "--du-lieu-chung", "hn.yaml", "--mot-tep", "-o", "gm.fodt"],
                                    in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let text = try String(contentsOf: folder.file("gm.fodt"), encoding: .utf8)
        #expect(!text.contains("Giám đốc</text:p>") && !text.contains("Chức vụ: Giám đốc"))
        #expect(text.components(separatedBy: "Chức vụ: ").count == 2 && text.contains("Chức vụ: Bác sĩ"))
    }

    @Test func aGroupedBatchThatCannotPublishEveryGroupPublishesNone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\nNguyễn An,Khoa A,1\nTrần Bình,Khoa B,2\n")
        try FileManager.default.createDirectory(at: folder.file("ra"), withIntermediateDirectories: true)
        // A file where the second group's folder would go.
        _ = try folder.write("ra/Khoa B", "không phải thư mục")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra", "--nhom-theo", "don_vi"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("Khoa B"), "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["Khoa B"])
    }
}
