import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate
import VanbanTestSupport

/// What a clerk sees: each Word fixture filled natively, opened by LibreOffice (no repair:
/// the conversion succeeds) and read back from the PDF.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct DOCXLibreOfficeTests {
    @Test func everyWordOutputOpensInLibreOfficeWithItsValues() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outputs: [(String, Data)] = [
            ("tach-the.docx", try DOCXFixture.template("tach-the.docx").renderDOCXPackage(ODFFixture.data(ODFTemplateTests.splitData))),
            ("vong-lap.docx", try DOCXFixture.template("vong-lap.docx").renderDOCXPackage(ODFFixture.data(ODFTemplateTests.loopData))),
            ("python-docx.docx", try DOCXFixture.template("python-docx.docx").renderDOCXPackage(ODFFixture.data(DOCXTemplateTests.pythonData))),
            ("trang.docx", try DOCXFixture.template("dau-trang.docx").renderDOCXPages(try DOCXTemplateTests.certificates(),
                                                                                       restartNumbering: true)),
        ]
        for (name, data) in outputs {
            try data.write(to: folder.file(name))
            #expect(try DOCXFixture.packageProblems(data) == [], "\(name)")
        }
        let pdfs = try LibreOffice.convert(outputs.map { folder.file($0.0) }, to: "pdf", into: folder.url)
        let texts = try pdfs.map(LibreOffice.pdfText)
        for text in texts { #expect(!text.contains("{{")) }
        #expect(texts[0].contains("Kính gửi: Nguyễn Thị Đào, Trưởng phòng Tổ chức cán bộ"))
        #expect(texts[0].contains("Năm mươi chín triệu ba trăm sáu mươi nghìn đồng"))
        #expect(texts[0].contains("Đắk Lắk, ngày 04 tháng 12 năm 2024"))
        #expect(texts[1].contains("Xét đề nghị của Trưởng phòng Tổ chức cán bộ."))
        #expect(texts[1].contains("Trung tâm Kiểm soát bệnh tật") && texts[1].contains("Lê Thị Cúc"))
        #expect(texts[1].contains("Tổng kết"))
        #expect(texts[2].contains("Kính gửi: Nguyễn Thị Đào, Trưởng phòng"))
        #expect(texts[2].contains("Đầu trang: Sở Y tế") && texts[2].contains("Chân trang: Nguyễn Văn An"))
        #expect(texts[2].contains("Trần Văn Bình") && texts[2].contains("900.000"))
        #expect(texts[2].contains("Dòng 2"))
        // Each task its own List Number paragraph: numbered 1, 2, 3.
        #expect(texts[2].contains("3. Tổng kết") || texts[2].contains("3.\tTổng kết"), "\(texts[2])")
        // A page per record, each numbered from 1, the header filled on every page.
        #expect(try LibreOffice.pageCount(pdfs[3]) == 3)
        let pages = texts[3].components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == 3)
        for (page, name) in zip(pages, ["Nguyễn Thị Đào", "Trần Văn Bình", "Lê Thị Cúc"]) {
            #expect(page.contains("Tặng: \(name)") && page.contains("Đầu trang: SỞ Y TẾ"))
            #expect(page.contains("Chân trang: Nguyễn Văn An - trang 1"), "\(page)")
        }
    }

    /// One file with a page per record: each record's numbered list (an invitation's agenda)
    /// starts at 1 again, where Word's list would run on (1–3, then 4–6).
    @Test func eachRecordsNumberedListStartsAtOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let records: [Value] = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"].map { .object(["ho_ten": .string($0)]) }
        let docx = try DOCXFixture.template("danh-so.docx").renderDOCXPages(records)
        #expect(try DOCXFixture.packageProblems(docx) == [])
        let numbering = try DOCXFixture.xml(docx, part: "word/numbering.xml")
        #expect(numbering.components(separatedBy: "<w:startOverride w:val=\"1\"/>").count - 1 >= 2, "records 2 and 3 restart")
        try docx.write(to: folder.file("tat-ca.docx"))
        let pdf = try LibreOffice.convert([folder.file("tat-ca.docx")], to: "pdf", into: folder.url)[0]
        let lines = try LibreOffice.pdfText(pdf).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = lines.filter { $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isNumber) }
        #expect(numbers == ["1.", "2.", "3.", "1.", "2.", "3.", "1.", "2.", "3."], "\(lines)")
    }

    @Test func builtInWordDocumentsOpenInLibreOfficeWithTheirText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plan = try DOCXBuiltInTemplateTests.data(DOCXBuiltInTemplateTests.root.appendingPathComponent("examples/ke-hoach-dak-lak.yaml"))
        let certificate = try DOCXBuiltInTemplateTests.data(DOCXBuiltInTemplateTests.templates.appendingPathComponent("giay-khen.yaml"))
        for (name, data) in [("ke-hoach", plan), ("giay-khen", certificate)] {
            let template = try Template(contentsOf: DOCXBuiltInTemplateTests.templates.appendingPathComponent("\(name).docx"))
            try template.renderDOCXPackage(data).write(to: folder.file("\(name).docx"))
        }
        let pdfs = try LibreOffice.convert(["ke-hoach.docx", "giay-khen.docx"].map(folder.file), to: "pdf", into: folder.url)
        let texts = try pdfs.map(LibreOffice.pdfText)
        for text in texts { #expect(!text.contains("{{")) }
        let squeezed = texts.map(DOCXBuiltInTemplateTests.squeezed)
        #expect(squeezed[0].contains(DOCXBuiltInTemplateTests.squeezed(
            "Tổ chức Hội nghị điển hình tiên tiến ngành y tế tiến tới Đại hội thi đua yêu nước tỉnh Đắk Lắk lần thứ XII")))
        #expect(squeezed[1].contains(DOCXBuiltInTemplateTests.squeezed("Nguyễn Thị Đào")))
        #expect(try LibreOffice.pageCount(pdfs[1]) == 1)
    }
}
