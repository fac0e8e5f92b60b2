import Foundation
import Testing
import VanbanTestSupport

/// Office 97–2003 files a clerk still has: read through LibreOffice at intake.
@Suite struct OldFormatTests {
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func anXLSListAndADOCTemplateAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.doc").path, Vanban.fixture("ds.xls").path, "-o", "ra"],
                                    in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["001.fodt", "002.fodt", "vanban-ds.tsv"])
        let text = try String(contentsOf: folder.file("ra/002.fodt"), encoding: .utf8)
        #expect(text.contains("Tặng: Trần Văn Bình") && text.contains("GK-2"))
    }

    /// A problem met in the converted copy names the clerk's .xls, not a temporary file.
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func aProblemInAnXLSListNamesTheXLS() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try String(contentsOf: Vanban.fixture("giay-khen.fodt"), encoding: .utf8)
        _ = try folder.write("mau.fodt", template.replacingOccurrences(of: "{{don_vi}}", with: "{{ma_the_dang_vien}}"))
        try FileManager.default.copyItem(at: Vanban.fixture("ds.xls"), to: folder.file("ds.xls"))
        let result = try Vanban.run(["hang-loat", "mau.fodt", "ds.xls", "-o", "ra"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("thiếu cột cho trường \"ma_the_dang_vien\" — cả 2 dòng của ds.xls (bản chuyển sang .xlsx)."),
                "\(result.error)")
        #expect(!result.error.contains("vanban-doc-cu"))
        #expect(try folder.contents() == ["ds.xls", "mau.fodt"])
    }

    @Test func withoutLibreOfficeTheClerkIsToldToSaveAsXLSX() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, Vanban.fixture("ds.xls").path, "-o", "ra"],
                                    in: folder.url, environment: ["PATH": "/khong-co"])
        #expect(result.status == 1)
        #expect(result.error.contains("ds.xls: tệp dạng cũ (Office 97–2003) cần LibreOffice để đọc. Hãy mở bằng Excel/Word và lưu thành .xlsx"),
                "\(result.error)")
        #expect(try folder.contents() == [])
    }
}

/// `vanban phoi thu`: the calibration sheet of a phôi's positions, with its millimetre rulers.
@Suite struct BlankCommandTests {
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func theCalibrationSheetHasItsRulers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let positions = BuiltInTemplateTests.templates.appendingPathComponent("giay-khen-phoi.vi-tri.yaml").path
        let result = try Vanban.run(["phoi", "thu", positions, "--lech", "2,-1.5", "-o", "can-chinh.pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "can-chinh.pdf\n")
        let text = try LibreOffice.pdfText(folder.file("can-chinh.pdf"))
        #expect(text.contains("100") && text.contains("200"), "ruler marks")
        let bad = try Vanban.run(["phoi", "thu", positions, "--lech", "hai"], in: folder.url)
        #expect(bad.status == 1)
        #expect(try folder.contents() == ["can-chinh.pdf"])
    }
}
