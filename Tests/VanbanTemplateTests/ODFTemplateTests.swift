import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate
import VanbanTestSupport

@Suite struct ODFTemplateTests {
    static let splitData = """
        ho_ten: Nguyễn Thị Đào
        chuc_vu: Trưởng phòng Tổ chức cán bộ
        so_tien: 59360000
        co_quan: SỞ Y TẾ
        nguoi_ky:
          ho_ten: Nguyễn Văn An
        ngay: 2024-12-04
        """

    @Test func tagsSplitByLibreOfficeAreHealed() throws {
        let template = try ODFFixture.template("tach-the.fodt")
        let rendering = try template.render(ODFFixture.data(Self.splitData))
        let lines = try ODFFixture.lines(rendering)
        #expect(lines == [
            "Kính gửi: Nguyễn Thị Đào, Trưởng phòng Tổ chức cán bộ",
            "Số tiền: 59.360.000 đồng (Năm mươi chín triệu ba trăm sáu mươi nghìn đồng)",
            "Cơ quan: SỞ Y TẾ",
            "Người ký: Nguyễn Văn An",
            "Ghi chú: không có",
            "Ngày: Đắk Lắk, ngày 04 tháng 12 năm 2024",
        ])
        let xml = rendering.text
        // The first character's formatting wins: the value sits in the span that held "{{".
        #expect(xml.contains(#"<text:span text:style-name="T1">Nguyễn Văn An</text:span>"#))
        #expect(xml.contains(#"<text:span text:style-name="T2">Đắk Lắk, ngày 04 tháng 12 năm 2024</text:span>"#))
        // The bookmark inside the tag survives, beside the value.
        #expect(xml.contains(#"Cơ quan: <text:bookmark text:name="DauTrang"/>SỞ Y TẾ"#))
        #expect(xml.contains("Kính gửi: Nguyễn Thị Đào, Trưởng phòng"), "the emptied span is gone")
        #expect(!xml.contains("{{") && !xml.contains("vanban"))
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }

    static let loopData = """
        can_cu:
          - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022
          - Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ
          - Xét đề nghị của Trưởng phòng Tổ chức cán bộ
        danh_sach:
          - {ho_ten: Nguyễn Thị Đào, don_vi: Bệnh viện đa khoa tỉnh}
          - {ho_ten: Trần Văn Bình, don_vi: Trung tâm Kiểm soát bệnh tật}
        nhom:
          - ten_nhom: I. TẬP THỂ
            thanh_vien: [{ho_ten: Khoa Nội}, {ho_ten: Khoa Ngoại}]
          - ten_nhom: II. CÁ NHÂN
            thanh_vien: [{ho_ten: Lê Thị Cúc}]
        nhiem_vu: [Tuyên truyền, Khen thưởng, Tổng kết]
        """

    @Test(arguments: ["vong-lap.fodt", "vong-lap.odt"])
    func paragraphRowNestedAndListLoops(fixture: String) throws {
        let template = try ODFFixture.template(fixture)
        let rendering = try template.render(ODFFixture.data(Self.loopData))
        let lines = try ODFFixture.lines(rendering)
        #expect(lines == [
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
        let document = try rendering.document()
        let xml = String(decoding: document.fodtData(), as: UTF8.self)
        #expect(xml.contains(#"table:name="Nhom""#) && xml.contains(#"table:name="Nhom_2""#), "repeated tables get unique names")
        #expect(xml.components(separatedBy: "<text:list-item>").count - 1 == 3)
        #expect(SchemaValidator.odf13.validate(document) == [])
    }

    @Test func emptyListsRemoveTheirRows() throws {
        let template = try ODFFixture.template("vong-lap.fodt")
        let rendering = try template.render(ODFFixture.data(
            "can_cu: []\ndanh_sach: []\nnhom: []\nnhiem_vu: []\nghi_chu: Có"))
        // The inverted section is inline: its paragraph stays, empty.
        #expect(try ODFFixture.lines(rendering) == ["Căn cứ:", "STT", "Họ và tên", "Đơn vị", ""])
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }

    @Test func onePageePerRecordInOneFile() throws {
        let template = try ODFFixture.template("trang.fodt")
        let records = try ["Nguyễn Thị Đào", "Trần Văn Bình", "Lê Thị Cúc"].enumerated().map { index, name in
            try ODFFixture.data("ho_ten: \(name)\ndon_vi: Sở Y tế\nso_so_vang: \(index + 1)")
        }
        let rendering = try template.renderPages(records)
        let document = try rendering.document()
        let lines = document.plainText.components(separatedBy: "\n")
        #expect(lines.filter { $0 == "GIẤY KHEN" }.count == 3)
        #expect(lines.contains("Tặng: Lê Thị Cúc") && lines.contains("Số sổ vàng: 3"))
        let xml = rendering.text
        #expect(xml.components(separatedBy: #"text:style-name="Vanban_5f_Trang_5f_Doan""#).count - 1 == 2)
        #expect(xml.contains(#"fo:break-before="page""#))
        #expect(SchemaValidator.odf13.validate(document) == [])
    }

    @Test func valueAloneInItsParagraphBecomesParagraphs() throws {
        let template = try ODFFixture.template("nhieu-doan.fodt")
        let value = "Mục đích thứ nhất.\n\nMục đích thứ hai,\ndòng thứ hai.\n\n\nMục đích thứ ba."
        let rendering = try template.render(.object(["tieu_de": .string("KẾ HOẠCH"), "noi_dung": .string(value)]))
        #expect(try ODFFixture.lines(rendering) == [
            "KẾ HOẠCH", "Mục đích thứ nhất.", "Mục đích thứ hai,", "dòng thứ hai.", "Mục đích thứ ba.", "Hết./.",
        ])
        #expect(rendering.text.components(separatedBy: #"<text:p text:style-name="Noi_20_dung">"#).count - 1 == 3)
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }

    @Test func valuesCannotInjectXML() throws {
        let template = try Template(document: ODFFixture.document("<text:p>{{a}} {{{a}}} {{&amp;a}}</text:p>"))
        let rendering = try template.render(.object(["a": .string("</text:p><office:x/>&amp;")]))
        let xml = rendering.text
        #expect(!xml.contains("<office:x/>"))
        #expect(xml.contains("&lt;/text:p&gt;&lt;office:x/&gt;&amp;amp;"))
        #expect(try rendering.document().plainText == "</text:p><office:x/>&amp; </text:p><office:x/>&amp; </text:p><office:x/>&amp;")
    }

    @Test func templateCompiledOnceRendersManyRecords() throws {
        let template = try ODFFixture.template("trang.fodt")
        for index in 1...50 {
            let rendering = try template.render(ODFFixture.data("ho_ten: Người \(index)\ndon_vi: Đơn vị\nso_so_vang: \(index)"))
            #expect(try ODFFixture.lines(rendering)[1] == "Tặng: Người \(index)")
        }
    }
}

@Suite struct BulletParagraphTests {
    @Test func dashLinesTakeTheTemplatesBulletStyle() throws {
        let template = try ODFFixture.template("nhieu-doan.fodt")
        let value = "- Tuyên truyền;\n- Khen thưởng;\n+ cấp tỉnh;\nKết luận chung\ncòn tiếp.\n\nĐoạn cuối."
        let rendering = try template.render(.object(["tieu_de": .string("KẾ HOẠCH"), "noi_dung": .string(value)]))
        let xml = rendering.text
        #expect(xml.components(separatedBy: #"<text:p text:style-name="Gach_20_dau_20_dong">- "#).count - 1 == 2)
        // No "Gạch đầu dòng 2" style in this template: "+ " lines use the bullet style too.
        #expect(xml.contains(#"<text:p text:style-name="Gach_20_dau_20_dong">+ cấp tỉnh;</text:p>"#))
        #expect(xml.contains(#"<text:p text:style-name="Noi_20_dung">Kết luận chung<text:line-break/>còn tiếp.</text:p>"#))
        #expect(xml.contains(#"<text:p text:style-name="Noi_20_dung">Đoạn cuối.</text:p>"#))
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }

    @Test func anEmptyValueLeavesAnEmptyParagraph() throws {
        let template = try ODFFixture.template("nhieu-doan.fodt")
        let rendering = try template.render(.object(["tieu_de": .string("X"), "noi_dung": .string("")]))
        #expect(try ODFFixture.lines(rendering) == ["X", "", "Hết./."])
    }
}

/// Long tables are validated with jing (libxml2's validator is superlinear in rows).
@Suite(.enabled(if: Jing.isAvailable, Jing.missingNote))
struct LongTableValidationTests {
    @Test func aTableOf2000RowsIsValidODF() throws {
        let template = try ODFFixture.template("vong-lap.fodt")
        let rows = (1...2000).map { Value.object(["ho_ten": .string("Người thứ \($0)"), "don_vi": .string("Đơn vị \($0 % 7)")]) }
        let rendering = try template.render(.object([
            "can_cu": .list([.string("Căn cứ")]), "danh_sach": .list(rows), "nhom": .list([]), "nhiem_vu": .list([]),
        ]))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try rendering.data.write(to: folder.file("dai.fodt"))
        #expect(try Jing.problems([folder.file("dai.fodt")]) == [])
        #expect(try ODFFixture.lines(rendering).contains("Người thứ 2000"))
    }
}

@Suite struct PackagedOutputTests {
    @Test(arguments: ["vong-lap.fodt", "vong-lap.odt"])
    func odtRenderedPartByPartEqualsTheFlatRendering(fixture: String) throws {
        let template = try ODFFixture.template(fixture)
        let data = try ODFFixture.data(ODFTemplateTests.loopData)
        let flat = try template.render(data).document()
        let packaged = try ODFFixture.template(fixture, form: .package).renderPackage(data)
        #expect(Array(packaged.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try packaged.write(to: folder.file("ra.odt"))
        #expect(try SchemaValidator.odf13.validateFile(at: folder.file("ra.odt")) == [])
        #expect(try Document(contentsOf: folder.file("ra.odt")).plainText == flat.plainText)
    }
}

@Suite struct ODFPartialAndDelimiterTests {
    static func flat(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:body><office:text>\(body)</office:text></office:body></office:document>
        """
    }

    @Test func aPartialAloneInItsParagraphInsertsTheOtherDocumentsBody() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("chu-ky.fodt", Self.flat("<text:p>{{chuc_vu}}</text:p><text:p>{{nguoi_ky}}</text:p>"))
        let main = try folder.write("mau.fodt", Self.flat("<text:p>Trân trọng.</text:p><text:p>{{> chu-ky}}</text:p><text:p>Hết.</text:p>"))
        let template = try Template(contentsOf: main)
        let rendering = try template.render(.object(["chuc_vu": .string("GIÁM ĐỐC"), "nguoi_ky": .string("Nguyễn Văn An")]))
        #expect(try ODFFixture.lines(rendering) == ["Trân trọng.", "GIÁM ĐỐC", "Nguyễn Văn An", "Hết."])
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }

    @Test func aPartialInsideAParagraphIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("x.fodt", Self.flat("<text:p>x</text:p>"))
        let main = try folder.write("mau.fodt", Self.flat("<text:p>Xem {{> x}} nhé</text:p>"))
        let error = #expect(throws: TemplateError.self) { try Template(contentsOf: main) }
        #expect(error?.description.contains("mẫu con {{> x}} chen giữa đoạn") == true)
    }

    @Test func delimitersCanBeChangedAndCommentsVanish() throws {
        let template = try Template(document: ODFFixture.document(
            "<text:p>{{! ghi chú cho người soạn mẫu }}</text:p><text:p>{{=[[ ]]=}}</text:p><text:p>Giá: [[gia]] {{giữ nguyên}}</text:p>"))
        let rendering = try template.render(.object(["gia": .string("760.000")]))
        #expect(try ODFFixture.lines(rendering) == ["Giá: 760.000 {{giữ nguyên}}"])
    }
}

@Suite struct PageFallbackTests {
    @Test func aBodyStartingWithAValueIsSeparatedByABreakParagraph() throws {
        let template = try Template(document: ODFFixture.document("<text:p>{{ho_ten}}</text:p><text:p>Hết.</text:p>"))
        let rendering = try template.renderPages([.object(["ho_ten": .string("An")]), .object(["ho_ten": .string("Bình")])])
        let xml = rendering.text
        #expect(xml.components(separatedBy: #"<text:p text:style-name="Vanban_5f_Trang_5f_Doan"/>"#).count - 1 == 1)
        #expect(xml.contains(#"style:name="Vanban_5f_Trang_5f_Doan""#))
        #expect(try ODFFixture.lines(rendering) == ["An", "Hết.", "", "Bình", "Hết."])
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }
}

@Suite struct NestedRowLoopTests {
    @Test func groupsOfRowsWithTheirMembersNestInOneTable() throws {
        let cell = { (text: String) in "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let table = """
            <table:table table:name="DanhSach"><table:table-column table:number-columns-repeated="3"/>
            <table:table-row>\(cell("STT"))\(cell("Họ và tên"))\(cell("Số tiền"))</table:table-row>
            <table:table-row>\(cell("{{#nhom}}"))\(cell("{{ten}}"))\(cell(""))</table:table-row>
            <table:table-row>\(cell("{{#thanh_vien}}{{@stt}}"))\(cell("{{ho_ten}}"))\(cell("{{so_tien | tien}}{{/thanh_vien}}{{/nhom}}"))</table:table-row>
            <table:table-row>\(cell(""))\(cell("Tổng cộng"))\(cell("{{tong | tien}}"))</table:table-row>
            </table:table>
            """
        let template = try Template(document: ODFFixture.document(table))
        let data = try ODFFixture.data("""
            nhom:
              - ten: I. TẬP THỂ
                thanh_vien: [{ho_ten: Khoa Nội, so_tien: 1520000}, {ho_ten: Khoa Ngoại, so_tien: 1520000}]
              - ten: II. CÁ NHÂN
                thanh_vien: [{ho_ten: Nguyễn Thị Đào, so_tien: 760000}]
            tong: 3800000
            """)
        let rendering = try template.render(data)
        #expect(try ODFFixture.lines(rendering) == [
            "STT", "Họ và tên", "Số tiền",
            "", "I. TẬP THỂ", "", "1", "Khoa Nội", "1.520.000", "2", "Khoa Ngoại", "1.520.000",
            "", "II. CÁ NHÂN", "", "1", "Nguyễn Thị Đào", "760.000",
            "", "Tổng cộng", "3.800.000",
        ])
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
    }
}

@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct PageNumberRestartTests {
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph"/>
          <style:style style:name="Trang_5f_moi" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
         </office:styles>
         <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>
         <office:master-styles>
          <style:master-page style:name="Standard" style:page-layout-name="pm1">
           <style:footer><text:p>Trang <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
          </style:master-page>
         </office:master-styles>
         <office:body><office:text>
          <text:p text:style-name="Standard">Đầu {{ten}}</text:p>
          <text:p text:style-name="Trang_5f_moi">Cuối {{ten}}</text:p>
         </office:text></office:body></office:document>
        """

    @Test(arguments: [false, true])
    func eachRecordsPagesAreNumberedFromOneWhenAsked(restart: Bool) throws {
        let template = try Template(document: Document(data: Data(Self.template.utf8), path: "hai-trang.fodt"))
        let rendering = try template.renderPages([.object(["ten": .string("An")]), .object(["ten": .string("Bình")])],
                                                 restartNumbering: restart)
        #expect(SchemaValidator.odf13.validate(try rendering.document()) == [])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try rendering.data.write(to: folder.file("hai-trang.fodt"))
        let pdf = try LibreOffice.convert([folder.file("hai-trang.fodt")], to: "pdf", into: folder.url)[0]
        let footers = try LibreOffice.pdfText(pdf).components(separatedBy: "\u{0C}").compactMap { page in
            page.split(separator: "\n").first { $0.hasPrefix("Trang ") }.map(String.init)
        }
        #expect(footers == (restart ? ["Trang 1", "Trang 2", "Trang 1", "Trang 2"] : ["Trang 1", "Trang 2", "Trang 3", "Trang 4"]))
    }
}
