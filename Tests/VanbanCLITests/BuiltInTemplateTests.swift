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
        #expect(result.output.contains("giay-khen  Giấy khen (A4 ngang, viền trang trí)"))
        #expect(result.output.contains("giay-moi   Giấy mời (Mẫu 1.7, NĐ 30/2020)"))
        #expect(result.output.contains("cong-van   Công văn (Mẫu 1.5, NĐ 30/2020)"))
    }

    @Test func aTemplateIsCopiedWithItsSampleDataAndNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try Vanban.run(["mau", "tao", "giay-moi", folder.file("cua-so").path], in: Self.templates.deletingLastPathComponent())
        #expect(copy.status == 0, "\(copy.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("cua-so").path).sorted() == ["giay-moi.fodt", "giay-moi.yaml"])
        let again = try Vanban.run(["mau", "tao", "giay-moi", folder.file("cua-so").path], in: Self.templates.deletingLastPathComponent())
        #expect(again.status == 1)
        #expect(again.error.contains("đã có; không ghi đè"))
    }

    @Test(arguments: ["cong-van", "giay-khen", "giay-moi", "vi-du"])
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
