import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// Word through the commands, without LibreOffice anywhere on PATH.
@Suite struct WordCommandTests {
    static let noOffice = ["PATH": "/khong-co-libreoffice"]

    @Test func aBatchOfWordFilesFromABuiltInTemplateNeedsNoLibreOffice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", "Họ và tên,Chức vụ,Đơn vị\nNguyễn Thị Đào,Bác sĩ,Bệnh viện tỉnh\nTrần Văn Bình,Kỹ sư,Trung tâm KSBT\n")
        let common = BuiltInTemplateTests.templates.appendingPathComponent("giay-khen.yaml").path
        let result = try Vanban.run(["hang-loat", "giay-khen", "ds.csv", "--du-lieu-chung", common, "--dinh-dang", "docx", "-o", "ra"],
                                    in: folder.url, environment: Self.noOffice)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["001.docx", "002.docx", "vanban-ds.tsv"])
        let document = try Data(contentsOf: folder.file("ra/002.docx"))
        #expect(document.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip package")
        let one = try Vanban.run(["hang-loat", "giay-khen", "ds.csv", "--du-lieu-chung", common, "--mot-tep", "-o", "tat-ca.docx"],
                                 in: folder.url, environment: Self.noOffice)
        #expect(one.status == 0, "\(one.error)")
        // A Word template never writes ODF.
        let odf = try Vanban.run(["tao", BuiltInTemplateTests.templates.appendingPathComponent("giay-khen.docx").path, common, "-o", "x.odt"],
                                 in: folder.url, environment: Self.noOffice)
        #expect(odf.status == 1)
        #expect(odf.error.contains("mẫu Word cho ra .docx hoặc .pdf, không ghi dạng .odt"), "\(odf.error)")
    }

    /// PDF from a Word template goes through LibreOffice like ODF, and holds each record's values.
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func wordFilesOpenInLibreOffice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", "Họ và tên,Chức vụ,Đơn vị\nNguyễn Thị Đào,Bác sĩ,Bệnh viện tỉnh\n")
        let common = BuiltInTemplateTests.templates.appendingPathComponent("giay-khen.yaml").path
        let word = BuiltInTemplateTests.templates.appendingPathComponent("giay-khen.docx").path
        let result = try Vanban.run(["hang-loat", word, "ds.csv", "--du-lieu-chung", common, "--dinh-dang", "pdf", "-o", "ra",
                                     "--ten-tep", "{{ho_ten}}"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try LibreOffice.pdfText(folder.file("ra/Nguyễn Thị Đào.pdf")).contains("Nguyễn Thị Đào"))
    }

    /// `tao -o new/folder/x.fodt` makes the folder.
    @Test func aNewOutputFolderIsMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = BuiltInTemplateTests.templates.appendingPathComponent("giay-moi.yaml").path
        let result = try Vanban.run(["tao", "giay-moi", data, "-o", "moi/thu-muc/gm.fodt"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "moi/thu-muc") == ["gm.fodt"])
    }
}
