import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// The templates in templates/, filled with their own sample data, as a clerk first meets them.
@Suite struct BuiltInTemplateTests {
    /// The repository's templates/ folder.
    static let templates: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("templates")
    }()

    @Test func theListNamesEveryTemplateWithItsPurpose() throws {
        let result = try Vanban.run(["mau"], in: Self.templates.deletingLastPathComponent())
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(lines.map { $0[0] } == ["bang-khen-phoi", "cong-van", "giay-khen", "giay-khen-phoi", "giay-moi", "ke-hoach",
                                        "quyet-dinh-khen-thuong", "vi-du"])
        #expect(lines[2][1].hasPrefix("Giấy khen (A4 ngang, viền trang trí)"))
        #expect(lines[4][1].hasPrefix("Giấy mời (Mẫu 1.7, NĐ 30/2020)"))
        #expect(lines[5][1].hasPrefix("Kế hoạch (Mẫu 1.4, NĐ 30/2020)"))
        #expect(lines[6][1].hasPrefix("Quyết định khen thưởng (Mẫu 1.2)"))
    }

    @Test func aTemplateIsCopiedWithItsSampleDataAndNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try Vanban.run(["mau", "tao", "giay-moi", folder.file("cua-so").path], in: Self.templates.deletingLastPathComponent())
        #expect(copy.status == 0, "\(copy.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("cua-so").path).sorted() == ["giay-moi.docx", "giay-moi.fodt", "giay-moi.yaml"])
        let again = try Vanban.run(["mau", "tao", "giay-moi", folder.file("cua-so").path], in: Self.templates.deletingLastPathComponent())
        #expect(again.status == 1)
        #expect(again.error.contains("đã có; không ghi đè"))
    }

    @Test(arguments: ND30LayoutTests.names)
    func eachTemplateWithItsSampleIsValid(name: String) throws {
        #expect(try Jing.isAvailable ? Jing.problems([Self.templates.appendingPathComponent("\(name).fodt")]) == [] : true)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["tao", name, Self.templates.appendingPathComponent("\(name).yaml").path, "-o", folder.file("\(name).fodt").path],
                                    in: Self.templates.deletingLastPathComponent())
        #expect(result.status == 0, "\(result.error)")
        #expect(try Vanban.run(["kiem-tra", folder.file("\(name).fodt").path]).status == 0)
    }

    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func certificatesAndInvitationsAsAClerkPrintsThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = Self.templates.deletingLastPathComponent()
        // A certificate: one landscape page with the red lines and the decision.
        let khen = try Vanban.run(["tao", "giay-khen", Self.templates.appendingPathComponent("giay-khen.yaml").path,
                                   "-o", folder.file("khen.fodt").path], in: root)
        #expect(khen.status == 0, "\(khen.error)")
        // Invitations: the event is common, each invitee a page, Ông/Bà from the gender column.
        try folder.write("hoi-nghi.yaml", try String(contentsOf: Self.templates.appendingPathComponent("giay-moi.yaml"), encoding: .utf8))
        let moi = try Vanban.run(["hang-loat", "giay-moi", Vanban.fixture("dai-bieu.csv").path, "--du-lieu-chung", folder.file("hoi-nghi.yaml").path,
                                  "--mot-tep", "-o", folder.file("moi.fodt").path], in: root)
        #expect(moi.status == 0, "\(moi.error)")
        let pdfs = try LibreOffice.convert([folder.file("khen.fodt"), folder.file("moi.fodt")], to: "pdf", into: folder.url)
        #expect(try LibreOffice.pageCount(pdfs[0]) == 1)
        let info = try Shell.run("pdfinfo", [pdfs[0].path]).output
        #expect(info.contains("841.89 x 595."), "A4 landscape: \(info)")
        let khenText = try LibreOffice.pdfText(pdfs[0])
        for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK", "GIẤY KHEN", "Nguyễn Thị Đào",
                     "Quyết định số 05/QĐ-SYT, ngày 05 tháng 01 năm 2026", "Số sổ vàng: 15", "Đắk Lắk, ngày 05 tháng 01 năm 2026"] {
            #expect(khenText.contains(line), "\(line)")
        }
        #expect(try LibreOffice.pageCount(pdfs[1]) == 3)
        let moiText = try LibreOffice.pdfText(pdfs[1])
        for line in ["Bà Nguyễn Thị Đào", "Ông Trần Văn Bình", "Bà Lê Thị Cúc", "Số: 12/GM-SYT", "Đắk Lắk, ngày 05 tháng 5 năm 2025",
                     "Rất mong ông đến dự đúng giờ./.", "KT. GIÁM ĐỐC"] {
            #expect(moiText.contains(line), "\(line)")
        }
        #expect(!khenText.contains("{{") && !moiText.contains("{{"))
    }
}

/// A template the office opens and saves in LibreOffice keeps working.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct TemplateRoundTripTests {
    @Test func everyTemplateSavedByLibreOfficeRendersTheSameText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ND30LayoutTests.names
        // LibreOffice's own save (default profile: "ODF 1.3 Extended", its usual output).
        let copies = try names.map { name -> URL in
            let copy = folder.file("\(name)-goc.fodt")
            try FileManager.default.copyItem(at: BuiltInTemplateTests.templates.appendingPathComponent("\(name).fodt"), to: copy)
            return copy
        }
        try FileManager.default.createDirectory(at: folder.file("luu"), withIntermediateDirectories: true)
        let saved = try LibreOffice.convert(copies, to: "fodt", into: folder.file("luu"))
        for (name, resaved) in zip(names, saved) {
            let sample = BuiltInTemplateTests.templates.appendingPathComponent("\(name).yaml").path
            let original = try Vanban.run(["tao", BuiltInTemplateTests.templates.appendingPathComponent("\(name).fodt").path, sample,
                                           "-o", folder.file("\(name)-1.fodt").path])
            let again = try Vanban.run(["tao", resaved.path, sample, "-o", folder.file("\(name)-2.fodt").path])
            #expect(original.status == 0 && again.status == 0, "\(name): \(again.error)")
            // LibreOffice adds an empty paragraph after a closing table: blank lines aside, the
            // text is the same.
            let first = try Document(contentsOf: folder.file("\(name)-1.fodt")).plainText.split(separator: "\n")
            let second = try Document(contentsOf: folder.file("\(name)-2.fodt")).plainText.split(separator: "\n")
            #expect(second == first, "\(name) after a LibreOffice save")
            #expect(!second.contains { $0.contains("{{") })
        }
    }
}

/// A commendation decision with its list, and the certificates of the same list.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct AwardDecisionCommandTests {
    static let decision = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.yaml").path

    @Test func theDecisionIsWordedFromItsList() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["tao", "quyet-dinh-khen-thuong", Self.decision, "--danh-sach", Vanban.fixture("khen-thuong.csv").path,
                                     "-o", folder.file("qd.fodt").path], in: BuiltInTemplateTests.templates.deletingLastPathComponent())
        #expect(result.status == 0, "\(result.error)")
        #expect(try Jing.isAvailable ? Jing.problems([folder.file("qd.fodt")]) == [] : true)
        let pdf = try LibreOffice.convert([folder.file("qd.fodt")], to: "pdf", into: folder.url)[0]
        #expect(try LibreOffice.pageCount(pdf) == 2, "the decision, then the list on a page of its own")
        let text = try LibreOffice.pdfText(pdf).replacingOccurrences(of: "\n", with: " ")
        for line in ["Số: 05/QĐ-SYT", "Đắk Lắk, ngày 15 tháng 7 năm 2026", "Về việc tặng Giấy khen của Giám đốc Sở Y tế tỉnh Đắk Lắk",
                     "cho 2 tập thể và 3 cá nhân (có danh sách kèm theo)", "tập thể 1.520.000 đồng, cá nhân 760.000 đồng",
                     "tổng số tiền 5.320.000 đồng (Bằng chữ: Năm triệu ba trăm hai mươi nghìn đồng)",
                     "I. TẬP THỂ", "II. CÁ NHÂN", "Khoa Hồi sức tích cực", "Lê Thị Cúc", "Tổng cộng", "Số sổ vàng 5"] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(!text.contains("{{"))
    }

    @Test func certificatesOfTheListCarryTheDecisionAndTheirNumbers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["hang-loat", "giay-khen", Vanban.fixture("khen-thuong.csv").path, "--du-lieu-chung", Self.decision,
                                     "--mot-tep", "-o", folder.file("giay-khen.fodt").path],
                                    in: BuiltInTemplateTests.templates.deletingLastPathComponent())
        #expect(result.status == 0, "\(result.error)")
        let pdf = try LibreOffice.convert([folder.file("giay-khen.fodt")], to: "pdf", into: folder.url)[0]
        #expect(try LibreOffice.pageCount(pdf) == 5)
        let pages = try LibreOffice.pdfText(pdf).components(separatedBy: "\u{0C}")
        #expect(pages[0].contains("Khoa Hồi sức tích cực") && pages[0].contains("Số sổ vàng: 1"))
        #expect(pages[2].contains("Nguyễn Thị Đào") && pages[2].contains("Số sổ vàng: 3"))
        #expect(pages[4].contains("Lê Thị Cúc") && pages[4].contains("Quyết định số 05/QĐ-SYT, ngày 15 tháng 7 năm 2026"))
        #expect(pages[0].contains("GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK"))
    }

    /// Under a decision the certificates come in its order (tập thể first); a problem still
    /// names the row of the list the recipient came from.
    @Test func aRecipientsProblemNamesItsListRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["hang-loat", "giay-khen", Vanban.fixture("khen-thuong.csv").path, "--du-lieu-chung", Self.decision,
                                     "--ten-tep", "{{chuc_vu}}", "-o", folder.file("ra").path],
                                    in: BuiltInTemplateTests.templates.deletingLastPathComponent())
        #expect(result.status == 1)
        // Recipient 1 is the first tập thể, "Khoa Hồi sức tích cực", on row 3 of the list.
        #expect(result.error.contains("bản ghi 1 (\(Vanban.fixture("khen-thuong.csv").path), dòng 3): tên tệp rỗng"), "\(result.error)")
        #expect(try folder.contents() == [])
    }

    @Test func aDecisionBeforeAnyDecreeIsRefusedAndNothingWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let early = try String(contentsOfFile: Self.decision, encoding: .utf8).replacingOccurrences(of: "ngay: 2026-07-15", with: "ngay: 2023-12-31")
        try folder.write("qd.yaml", early)
        let result = try Vanban.run(["tao", "quyet-dinh-khen-thuong", "qd.yaml", "-o", "qd.fodt"], in: folder.url,
                                    environment: ["VANBAN_MAU": BuiltInTemplateTests.templates.path])
        #expect(result.status == 1)
        #expect(result.error.contains("ngày 31/12/2023 trước thời điểm đầu tiên của bảng mức thưởng"))
        #expect(try folder.contents() == ["qd.yaml"])
    }
}

@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct OfficeFormatTests {
    @Test func oneDocumentAsPDFOrDOCX() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sample = BuiltInTemplateTests.templates.appendingPathComponent("cong-van.yaml").path
        let pdf = try Vanban.run(["tao", "cong-van", sample, "-o", folder.file("cv.pdf").path], in: BuiltInTemplateTests.templates.deletingLastPathComponent())
        #expect(pdf.status == 0, "\(pdf.error)")
        #expect(try LibreOffice.pdfText(folder.file("cv.pdf")).contains("V/v đăng ký điển hình tiên tiến"))
        let docx = try Vanban.run(["tao", "cong-van", sample, "--dinh-dang", "docx", "-o", folder.file("cv.docx").path],
                                  in: BuiltInTemplateTests.templates.deletingLastPathComponent())
        #expect(docx.status == 0, "\(docx.error)")
        #expect(Array(try Data(contentsOf: folder.file("cv.docx")).prefix(2)) == [0x50, 0x4B])
        #expect(try folder.contents() == ["cv.docx", "cv.pdf"], "no work folder left behind")
    }
}

@Suite struct AwardDataErrorTests {
    @Test func anEmptyNameOrAnUnknownAwardStopsEverything() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", "Đối tượng,Họ tên,Chức vụ,Đơn vị\nCá nhân,Nguyễn Thị Đào,Bác sĩ,Sở Y tế\nCá nhân,,Bác sĩ,Sở Y tế\n")
        let decision = AwardDecisionCommandTests.decision
        let root = BuiltInTemplateTests.templates.deletingLastPathComponent()
        let empty = try Vanban.run(["tao", "quyet-dinh-khen-thuong", decision, "--danh-sach", folder.file("ds.csv").path,
                                    "-o", folder.file("qd.fodt").path], in: root)
        #expect(empty.status == 1)
        #expect(empty.error.contains(#"ds.csv, cột "Họ tên": 1 dòng không có tên (dòng 3). Điền họ tên (hoặc tên tập thể), hoặc xóa dòng đó."#), "\(empty.error)")
        let unknown = try String(contentsOfFile: decision, encoding: .utf8).replacingOccurrences(of: "hinh_thuc: giay-khen", with: "hinh_thuc: huy-chuong")
        try folder.write("qd.yaml", unknown)
        let award = try Vanban.run(["tao", "quyet-dinh-khen-thuong", folder.file("qd.yaml").path, "-o", folder.file("qd.fodt").path], in: root)
        #expect(award.status == 1)
        #expect(award.error.contains(#"không có hình thức khen thưởng "huy-chuong""#))
        #expect(try folder.contents() == ["ds.csv", "qd.yaml"])
    }
}
