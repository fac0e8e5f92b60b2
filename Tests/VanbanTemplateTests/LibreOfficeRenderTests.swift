import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate
import VanbanTestSupport

/// What a clerk sees: each kind of template, filled, opened by LibreOffice and read back
/// from the PDF.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct LibreOfficeRenderTests {
    @Test func everyFixtureOpensInLibreOfficeWithItsText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let split = try ODFFixture.template("tach-the.fodt").render(ODFFixture.data(ODFTemplateTests.splitData))
        try AtomicFile.write(split.data, to: folder.file("tach-the.fodt"))
        let loopTemplate = try ODFFixture.template("vong-lap.odt")
        let loops = try loopTemplate.render(ODFFixture.data(ODFTemplateTests.loopData))
        // The fast packaged path: fixed parts compressed once, content.xml stored.
        try ODFFixture.template("vong-lap.odt", form: .package).renderPackage(ODFFixture.data(ODFTemplateTests.loopData))
            .write(to: folder.file("vong-lap.odt"))
        let pages = try ODFFixture.template("trang.fodt").renderPages(
            ["Nguyễn Thị Đào", "Trần Văn Bình", "Lê Thị Cúc"].map { .object(["ho_ten": .string($0), "don_vi": .string("Sở Y tế"), "so_so_vang": .string("7")]) })
        try AtomicFile.write(pages.data, to: folder.file("trang.fodt"))
        let multi = try ODFFixture.template("nhieu-doan.fodt").render(
            .object(["tieu_de": .string("KẾ HOẠCH"), "noi_dung": .string("Đoạn một.\n\nĐoạn hai.")]))
        try AtomicFile.write(multi.data, to: folder.file("nhieu-doan.fodt"))

        if Jing.isAvailable {
            let flat = folder.file("vong-lap.fodt")
            try loops.document().write(to: flat)
            #expect(try Jing.problems(["tach-the.fodt", "vong-lap.fodt", "trang.fodt", "nhieu-doan.fodt"].map(folder.file)) == [])
        }
        let pdfs = try LibreOffice.convert(
            ["tach-the.fodt", "vong-lap.odt", "trang.fodt", "nhieu-doan.fodt"].map(folder.file), to: "pdf", into: folder.url)
        let texts = try pdfs.map(LibreOffice.pdfText)
        for text in texts { #expect(!text.contains("{{")) }
        #expect(texts[0].contains("Kính gửi: Nguyễn Thị Đào, Trưởng phòng Tổ chức cán bộ"))
        #expect(texts[0].contains("Năm mươi chín triệu ba trăm sáu mươi nghìn đồng"))
        #expect(texts[0].contains("Đắk Lắk, ngày 04 tháng 12 năm 2024"))
        #expect(texts[1].contains("Trung tâm Kiểm soát bệnh tật"))
        #expect(texts[1].contains("Xét đề nghị của Trưởng phòng Tổ chức cán bộ."))
        #expect(try LibreOffice.pageCount(pdfs[2]) == 3)
        #expect(texts[2].contains("Tặng: Lê Thị Cúc"))
        #expect(texts[3].contains("Đoạn một.") && texts[3].contains("Đoạn hai."))
    }
}
