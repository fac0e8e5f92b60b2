import Foundation
import Testing
import VanbanTestSupport

@Suite struct RenderCommandTests {
    @Test func fillsTheTemplateAndPrintsThePath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, Vanban.fixture("du-lieu.yaml").path],
                                    in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "output/du-lieu.fodt\n")
        let xml = try String(contentsOf: folder.file("output/du-lieu.fodt"), encoding: .utf8)
        #expect(xml.contains("UBND TỈNH KON TUM"))
        #expect(xml.contains("Trần Thị Bích Ngọc"))
        #expect(xml.contains("thi đua &amp; khen thưởng &lt;năm 2025&gt;"))
        #expect(xml.contains(#"Số: <text:s text:c="5"/>/KH-SYT"#))
        #expect(xml.contains("Nội dung<text:tab/>có tab và chuông"))
        #expect(xml.contains("- Như trên;<text:line-break/>- Lưu: VT, TCCB."))
        #expect(!xml.contains("{{"))
        #expect(result.error.contains("Cảnh báo: đã bỏ ký tự điều khiển (không in được trong văn bản): noi_dung: U+0007"))
        let check = try Vanban.run(["kiem-tra", "output/du-lieu.fodt"], in: folder.url)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func writesAPackageWhenAskedFor() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["render", Vanban.fixture("mau.fodt").path, Vanban.fixture("du-lieu.yaml").path,
                                     "-o", folder.file("ke-hoach.odt").path])
        #expect(result.status == 0, "\(result.error)")
        let bytes = try Data(contentsOf: folder.file("ke-hoach.odt"))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try folder.contents() == ["ke-hoach.odt"])
    }

    @Test func missingTemplateIsNamedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["tao", "khong-co.fodt", Vanban.fixture("du-lieu.yaml").path, "-o", "ra.fodt"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("Lỗi: "))
        #expect(result.error.contains("khong-co.fodt: không tìm thấy tệp."))
        #expect(try folder.contents() == [])
    }

    @Test func templateThatIsNotODFIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mau.fodt", "Đây là văn bản thường, không phải ODF.")
        let result = try Vanban.run(["tao", "mau.fodt", Vanban.fixture("du-lieu.yaml").path, "-o", "ra.fodt"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("mau.fodt:1:1: XML hỏng"))
        #expect(try folder.contents() == ["mau.fodt"])
    }

    @Test func wrongMimetypeIsNotODF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try String(contentsOf: Vanban.fixture("mau.fodt"), encoding: .utf8)
            .replacingOccurrences(of: "opendocument.text", with: "opendocument.presentation")
        try folder.write("mau.fodt", template)
        let result = try Vanban.run(["tao", "mau.fodt", Vanban.fixture("du-lieu.yaml").path, "-o", "ra.fodt"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains(#"mau.fodt: không phải văn bản OpenDocument (kiểu tệp là "application/vnd.oasis.opendocument.presentation")"#))
        #expect(try folder.contents() == ["mau.fodt"])
    }

    @Test func malformedTemplateGivesLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try String(contentsOf: Vanban.fixture("mau.fodt"), encoding: .utf8)
            .replacingOccurrences(of: "<text:p text:style-name=\"Title\">{{ten_loai}}</text:p>",
                                  with: "<text:p text:style-name=\"Title\">{{ten_loai}}</text:span>")
        try folder.write("mau.fodt", template)
        let result = try Vanban.run(["tao", "mau.fodt", Vanban.fixture("du-lieu.yaml").path, "-o", "ra.fodt"],
                                    in: folder.url)
        let line = template.components(separatedBy: "\n").firstIndex { $0.contains("</text:span>") }! + 1
        #expect(result.status == 1)
        #expect(result.error.contains("mau.fodt:\(line):"))
        #expect(result.error.contains("XML hỏng"))
        #expect(try folder.contents() == ["mau.fodt"])
    }

    @Test func badYAMLGivesLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("du-lieu.yaml", "co_quan: SỞ Y TẾ\nnguoi_ky:\n  ho_ten: \"Nguyễn Văn An\n")
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "du-lieu.yaml", "-o", "ra.fodt"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("du-lieu.yaml:4:1: sai cú pháp"), "\(result.error)")
        #expect(try folder.contents() == ["du-lieu.yaml"])
    }

    @Test func missingFieldSuggestsClosestName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try String(contentsOf: Vanban.fixture("du-lieu.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "trich_yeu:", with: "trich_yue:")
        try folder.write("du-lieu.yaml", data)
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "du-lieu.yaml", "-o", "ra.fodt"],
                                    in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains(#"mau.fodt:109: thiếu trường "trich_yeu" (ở đoạn «{{trich_yeu}}»)."#))
        #expect(result.error.contains(#"Có phải "trich_yue"?"#))
        #expect(try folder.contents() == ["du-lieu.yaml"])
    }

    @Test func missingDataFileIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "khong-co.yaml"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("khong-co.yaml: không tìm thấy tệp dữ liệu."))
        #expect(try folder.contents() == [])
    }
}

@Suite struct RenderCommandEngineTests {
    @Test func missingFieldsCanBeAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("du-lieu.yaml", "co_quan: SỞ Y TẾ\n")
        let strict = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "du-lieu.yaml", "-o", "ra.fodt"], in: folder.url)
        #expect(strict.status == 1)
        let lines = strict.error.split(separator: "\n")
        #expect(lines.filter { $0.contains("thiếu trường") }.count == 9, "every missing field, once each:\n\(strict.error)")
        #expect(lines.count == 10 && lines.last?.contains("--cho-phep-thieu") == true, "then what to do:\n\(strict.error)")
        #expect(strict.error.split(separator: "\n").allSatisfy { $0.hasPrefix("Lỗi: ") })
        let lenient = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "du-lieu.yaml", "-o", "ra.fodt", "--cho-phep-thieu"],
                                     in: folder.url)
        #expect(lenient.status == 0, "\(lenient.error)")
        #expect(try String(contentsOf: folder.file("ra.fodt"), encoding: .utf8).contains("SỞ Y TẾ"))
    }

    @Test func textTemplatesGoThroughTheSameCommand() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("sms.txt", "Kính mời {{ong_ba}} {{ho_ten}} dự hội nghị lúc {{gio}} ngày {{ngay | ngay_so}}.\n")
        try folder.write("moi.yaml", "ong_ba: Bà\nho_ten: Nguyễn Thị Đào\ngio: 8 giờ\nngay: 2025-01-05\n")
        let result = try Vanban.run(["tao", "sms.txt", "moi.yaml"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "output/moi.txt\n")
        #expect(try String(contentsOf: folder.file("output/moi.txt"), encoding: .utf8)
                == "Kính mời Bà Nguyễn Thị Đào dự hội nghị lúc 8 giờ ngày 05/01/2025.\n")
    }

    @Test func aListIntoOneFileWithAPageEach() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.yaml", """
            - {co_quan_chu_quan: UBND TỈNH, co_quan: SỞ Y TẾ, so_ky_hieu: 1/GM-SYT, dia_danh_ngay: x, ten_loai: GIẤY MỜI,
               trich_yeu: a, noi_dung: b, noi_nhan: c, chuc_vu: d, nguoi_ky: {ho_ten: Một}}
            - {co_quan_chu_quan: UBND TỈNH, co_quan: SỞ Y TẾ, so_ky_hieu: 2/GM-SYT, dia_danh_ngay: x, ten_loai: GIẤY MỜI,
               trich_yeu: a, noi_dung: b, noi_nhan: c, chuc_vu: d, nguoi_ky: {ho_ten: Hai}}
            """)
        let refused = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "ds.yaml", "-o", "ra.fodt"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.error == "Lỗi: ds.yaml: dữ liệu là một danh sách (2 bản ghi). Dùng --mot-tep để ghi tất cả vào một tệp, mỗi bản ghi một trang.\n")
        let result = try Vanban.run(["tao", Vanban.fixture("mau.fodt").path, "ds.yaml", "--mot-tep", "-o", "ra.fodt"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let xml = try String(contentsOf: folder.file("ra.fodt"), encoding: .utf8)
        #expect(xml.contains("1/GM-SYT") && xml.contains("2/GM-SYT"))
        #expect(xml.contains(#"table:name="Header_2""#))
        let check = try Vanban.run(["kiem-tra", "ra.fodt"], in: folder.url)
        #expect(check.status == 0, "\(check.output)")
    }
}
