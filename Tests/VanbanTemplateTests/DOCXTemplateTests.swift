import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

/// Word templates compiled and filled natively: split tags healed (LibreOffice's runs and
/// python-docx's, with Word's noise), loops in paragraphs, rows and list paragraphs, headers
/// and footers, values with breaks and tabs, a page per record, errors with their place.
@Suite struct DOCXTemplateTests {
    @Test func tagsSplitAcrossRunsByLibreOfficeAreHealed() throws {
        let template = try DOCXFixture.template("tach-the.docx")
        #expect(template.kind == .docx)
        let docx = try template.renderDOCXPackage(ODFFixture.data(ODFTemplateTests.splitData))
        #expect(try DOCXFixture.paragraphs(docx) == [
            "Kính gửi: Nguyễn Thị Đào, Trưởng phòng Tổ chức cán bộ",
            "Số tiền: 59.360.000 đồng (Năm mươi chín triệu ba trăm sáu mươi nghìn đồng)",
            "Cơ quan: SỞ Y TẾ",
            "Người ký: Nguyễn Văn An",
            "Ghi chú: không có",
            "Ngày: Đắk Lắk, ngày 04 tháng 12 năm 2024",
        ])
        let xml = try DOCXFixture.xml(docx)
        // The first character's formatting wins: the value sits in the bold run that held "{{".
        #expect(xml.contains(#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Nguyễn Văn An</w:t></w:r>"#))
        #expect(xml.contains(#"<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Đắk Lắk, ngày 04 tháng 12 năm 2024</w:t>"#))
        #expect(!xml.contains("{{") && !xml.contains("vanban") && !xml.contains("bookmark"))
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    static let pythonData = """
        ho_ten: Nguyễn Thị Đào
        chuc_vu: Trưởng phòng
        co_quan: Sở Y tế
        don_vi: Khoa Nội
        nguoi_ky: Nguyễn Văn An
        can_cu: ["Luật Thi đua, khen thưởng", Nghị định 152/2025/NĐ-CP]
        nhiem_vu: [Tuyên truyền, Khen thưởng, Tổng kết]
        danh_sach:
          - {ho_ten: Lê Thị Cúc, so_tien: 1200000}
          - {ho_ten: Trần Văn Bình, so_tien: 900000}
        ghi_chu: "Dòng 1\\nDòng 2\\tcột  hai & <ba>"
        """

    @Test func tagsSplitByPythonDocxWithProofingBookmarksAndRevisionsAreHealed() throws {
        let template = try DOCXFixture.template("python-docx.docx")
        let docx = try template.renderDOCXPackage(ODFFixture.data(Self.pythonData))
        let lines = try DOCXFixture.paragraphs(docx)
        #expect(lines == [
            "GIẤY MỜI",
            "Kính gửi: Nguyễn Thị Đào, Trưởng phòng",
            "Cơ quan: Sở Y tế - Khoa Nội",
            "Căn cứ Luật Thi đua, khen thưởng",
            "Căn cứ Nghị định 152/2025/NĐ-CP",
            "Tuyên truyền", "Khen thưởng", "Tổng kết",
            "STT", "Họ và tên", "Số tiền",
            "1", "Lê Thị Cúc", "1.200.000",
            "2", "Trần Văn Bình", "900.000",
            "Ghi chú: Dòng 1\nDòng 2\tcột  hai & <ba>",
        ])
        let xml = try DOCXFixture.xml(docx)
        // Three list paragraphs (style List Number), each its own numbered item.
        #expect(xml.components(separatedBy: #"<w:pStyle w:val="ListNumber"/>"#).count - 1 == 3)
        // A line break and a tab in a value are Word's elements; spaces and escapes are kept.
        #expect(xml.contains(#"Dòng 1</w:t><w:br/><w:t xml:space="preserve">Dòng 2</w:t><w:tab/><w:t xml:space="preserve">cột  hai &amp; &lt;ba&gt;"#))
        // The value took the formatting of its tag's first run (not bold, not italic).
        #expect(xml.contains(#"<w:rPr><w:b w:val="0"/><w:i w:val="0"/></w:rPr><w:t xml:space="preserve">Nguyễn Thị Đào</w:t>"#))
        #expect(!xml.contains("proofErr") && !xml.contains("w14:paraId") && !xml.contains("delText"))
        #expect(try DOCXFixture.paragraphs(docx, part: "word/header1.xml") == ["Đầu trang: Sở Y tế"])
        #expect(try DOCXFixture.paragraphs(docx, part: "word/footer1.xml") == ["Chân trang: Nguyễn Văn An"])
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    @Test func paragraphRowNestedAndListLoops() throws {
        let template = try DOCXFixture.template("vong-lap.docx")
        let docx = try template.renderDOCXPackage(ODFFixture.data(ODFTemplateTests.loopData))
        #expect(try DOCXFixture.paragraphs(docx) == [
            "Căn cứ:",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ;",
            "Xét đề nghị của Trưởng phòng Tổ chức cán bộ.",
            "STT", "Họ và tên", "Đơn vị",
            "1", "Nguyễn Thị Đào", "Bệnh viện đa khoa tỉnh",
            "2", "Trần Văn Bình", "Trung tâm Kiểm soát bệnh tật",
            "I. TẬP THỂ", "1", "Khoa Nội", "2", "Khoa Ngoại",
            "II. CÁ NHÂN", "1", "Lê Thị Cúc",
            "Tuyên truyền", "Khen thưởng", "Tổng kết",
            "Không có ghi chú.",
        ])
        let xml = try DOCXFixture.xml(docx)
        #expect(xml.components(separatedBy: "<w:numPr>").count - 1 == 3, "one numbered paragraph per task")
        #expect(xml.components(separatedBy: "<w:tr>").count - 1 == 1 + 2 + 2 + 1, "a row per person")
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    @Test func emptyListsRemoveTheirRowsAndParagraphs() throws {
        let template = try DOCXFixture.template("vong-lap.docx")
        let docx = try template.renderDOCXPackage(ODFFixture.data("can_cu: []\ndanh_sach: []\nnhom: []\nnhiem_vu: []\nghi_chu: Có"))
        #expect(try DOCXFixture.paragraphs(docx) == ["Căn cứ:", "STT", "Họ và tên", "Đơn vị", ""])
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    @Test func headerAndFooterFieldsAreFilled() throws {
        let template = try DOCXFixture.template("dau-trang.docx")
        let docx = try template.renderDOCXPackage(ODFFixture.data(
            "co_quan: SỞ Y TẾ\nnguoi_ky: Nguyễn Văn An\nho_ten: Lê Thị Cúc\ndon_vi: Khoa Nội"))
        #expect(try DOCXFixture.paragraphs(docx) == ["GIẤY KHEN", "Tặng: Lê Thị Cúc", "Đơn vị: Khoa Nội"])
        #expect(try DOCXFixture.paragraphs(docx, part: "word/header1.xml") == ["Đầu trang: SỞ Y TẾ"])
        #expect(try DOCXFixture.paragraphs(docx, part: "word/footer1.xml").first?.hasPrefix("Chân trang: Nguyễn Văn An - trang ") == true)
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    static func certificates() throws -> [Value] {
        try ["Nguyễn Thị Đào", "Trần Văn Bình", "Lê Thị Cúc"].enumerated().map { index, name in
            try ODFFixture.data("ho_ten: \(name)\ndon_vi: Sở Y tế\nso_so_vang: \(index + 1)\nco_quan: SỞ Y TẾ\nnguoi_ky: Nguyễn Văn An")
        }
    }

    @Test func onePagePerRecordInOneFileRestartsPageNumbers() throws {
        let template = try DOCXFixture.template("dau-trang.docx")
        let docx = try template.renderDOCXPages(try Self.certificates(), restartNumbering: true)
        let lines = try DOCXFixture.paragraphs(docx)
        #expect(lines.filter { $0 == "GIẤY KHEN" }.count == 3)
        #expect(lines.contains("Tặng: Lê Thị Cúc") && lines.contains("Tặng: Nguyễn Thị Đào"))
        let xml = try DOCXFixture.xml(docx)
        #expect(xml.components(separatedBy: "<w:sectPr>").count - 1 == 3, "a section per record")
        #expect(xml.components(separatedBy: #"w:start="1""#).count - 1 == 3, "each numbered from 1")
        #expect(template.renderedRecords == 3)
        let problems = try DOCXFixture.packageProblems(docx)
        #expect(problems == [])
    }

    @Test func aMissingFieldNamesTheFileTheParagraphAndTheClosestField() throws {
        let template = try DOCXFixture.template("tach-the.docx")
        var data = try ODFFixture.data(ODFTemplateTests.splitData)
        if case .object(var fields) = data {
            fields["ho_teen"] = fields.removeValue(forKey: "ho_ten")
            data = .object(fields)
        }
        #expect {
            try template.renderDOCXPackage(data, record: RecordPlace(number: 3))
        } throws: { error in
            (error as? TemplateError)?.description.hasSuffix(
                #":1: thiếu trường "ho_ten" ở bản ghi 3 (ở đoạn «Kính gửi: {{ho_ten}}, {{chuc_vu}}»). Có phải "ho_teen"?"#) == true
                && (error as? TemplateError)?.description.contains("tach-the.docx") == true
        }
    }

    @Test func aTagLeftOpenInItsParagraphIsRefusedWithItsPlace() throws {
        let docx = try Self.editing("tach-the.docx") { $0.replacingOccurrences(of: "{{chuc_vu}}", with: "{{chuc_vu") }
        #expect(throws: TemplateError.self) { try Template(docxData: docx, path: "mau.docx") }
        do {
            _ = try Template(docxData: docx, path: "mau.docx")
        } catch {
            #expect(error.description == "mau.docx:1: thẻ «{{chuc_vu» bị ngắt sang đoạn khác (ở đoạn «Kính gửi: {{ho_ten}}, {{chuc_vu»). "
                + "Hãy gõ cả thẻ, từ {{ đến }}, trong cùng một đoạn.")
        }
    }

    @Test func aDoctypeOrAnEntryOutsideThePackageIsRefused() throws {
        let doctype = try Self.editing("tach-the.docx") {
            $0.replacingOccurrences(of: "<w:document ", with: "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document ")
        }
        #expect(throws: TemplateError.self) { try Template(docxData: doctype, path: "mau.docx") }
        let package = try WordPackage(data: try Data(contentsOf: DOCXFixture.url("tach-the.docx")), path: "mau.docx")
        let outside = try WordPackage.zip(package.entries.map { ($0.name, $0.data) } + [("../ngoai.xml", Data("<a/>".utf8))],
                                          path: "mau.docx")
        do {
            _ = try Template(docxData: outside, path: "mau.docx")
            Issue.record("an entry outside the package was read")
        } catch {
            #expect(error.description.contains("../ngoai.xml"))
        }
        do {
            _ = try Template(docxData: Data("không phải zip".utf8), path: "mau.docx")
            Issue.record("a text file was read as .docx")
        } catch {
            #expect(error.description == "mau.docx: không đọc được mẫu (mau.docx: không đọc được tệp (không phải tệp Word .docx: "
                + "không phải gói zip). Kiểm tra quyền đọc của tệp.).")
        }
    }

    /// A fixture with its main document's XML changed by `edit`.
    static func editing(_ name: String, _ edit: (String) -> String) throws -> Data {
        let package = try WordPackage(data: try Data(contentsOf: DOCXFixture.url(name)), path: name)
        return try WordPackage.zip(package.entries.map { entry in
            entry.name == "word/document.xml" ? (entry.name, Data(edit(String(decoding: entry.data, as: UTF8.self)).utf8))
                : (entry.name, entry.data)
        }, path: name)
    }

    @Test func repeatedPicturesGetUniqueDrawingIdsInOneRecordAndAPagePerRecord() throws {
        let template = try DOCXFixture.template("hinh.docx")
        let data = try ODFFixture.data("ho_ten: Lê Thị Cúc\nhuy_hieu: [Vàng, Bạc, Đồng]\nco_quan: Sở Y tế\nnguoi_ky: Nguyễn Văn An")
        let docx = try template.renderDOCXPackage(data)
        #expect(try DOCXFixture.paragraphs(docx) == ["GIẤY KHEN", "Tặng: Lê Thị Cúc", " Vàng", " Bạc", " Đồng"])
        #expect(try DOCXFixture.xml(docx).components(separatedBy: "<wp:docPr ").count - 1 == 4)
        #expect(try DOCXFixture.packageProblems(docx) == [])
        let pages = try template.renderDOCXPages([data, data], restartNumbering: false)
        #expect(try DOCXFixture.xml(pages).components(separatedBy: "<wp:docPr ").count - 1 == 8)
        #expect(try DOCXFixture.packageProblems(pages) == [])
    }

    @Test func aValueAloneInACellStaysInItsParagraphWhenMissing() throws {
        let template = try DOCXFixture.template("vong-lap.docx", strict: false)
        let docx = try template.renderDOCXPackage(ODFFixture.data("danh_sach: [{don_vi: Khoa Nội}]\ncan_cu: []\nnhom: []\nnhiem_vu: []"))
        #expect(try DOCXFixture.paragraphs(docx).prefix(7) == ["Căn cứ:", "STT", "Họ và tên", "Đơn vị", "1", "", "Khoa Nội"])
        #expect(try DOCXFixture.packageProblems(docx) == [])
    }

    @Test func aPartialIsRefusedWithItsPlace() throws {
        let docx = try Self.editing("tach-the.docx") { $0.replacingOccurrences(of: "{{chuc_vu}}", with: "{{> chu_ky}}") }
        do {
            _ = try Template(docxData: docx, path: "mau.docx")
            Issue.record("a partial was compiled")
        } catch {
            #expect(error.description == "mau.docx:1: mẫu con {{> chu_ky}} trong mẫu .docx không dùng được trong loại mẫu này "
                + "(ở đoạn «Kính gửi: {{ho_ten}}, {{> chu_ky}}»).")
        }
    }
}
