/// The heavier data's templates (``HeavyWorkload``'s 17 fields), in every engine's syntax, from
/// the same ODF body: a certificate that shows every field, a danh sách of 17 columns, and
/// (relatorio only) every certificate in one document, one page each, the way
/// `vanban hang-loat --mot-tep` lays them out.
enum HeavyTemplates {
    static func paragraphs(_ f: (String) -> String) -> [String] {
        let p = { (text: String) in "<text:p text:style-name=\"Standard\">\(text)</text:p>" }
        return [
            p("SỞ Y TẾ TỈNH ĐẮK LẮK"), p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), p("Độc lập - Tự do - Hạnh phúc"),
            p("Số: \(f("so_quyet_dinh"))"), p("Đắk Lắk, \(f("ngay_quyet_dinh"))"), p("GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK"), p("TẶNG"),
            "<text:p text:style-name=\"Title\">\(f("hinh_thuc"))</text:p>",
            p("Ông/Bà: \(f("ho_ten")) (\(f("gioi_tinh")), sinh ngày \(f("ngay_sinh")))"),
            p("\(f("chuc_vu")), \(f("khoa_phong")), \(f("don_vi"))"), p("Địa chỉ: \(f("dia_chi"))"),
            p("Điện thoại: \(f("dien_thoai")); thư điện tử: \(f("thu_dien_tu"))"), p("Đã có thành tích: \(f("thanh_tich"))"),
            p("Số tiền thưởng: \(f("so_tien")) đồng"), p("Số sổ vàng: \(f("so_so_vang")); STT: \(f("stt"))"),
            p("Ghi chú: \(f("ghi_chu"))"), p("GIÁM ĐỐC"), p(""), p(""), p(""), p("Nguyễn Văn An"), p("Hết./."),
        ]
    }

    /// One certificate of a record (fields at the top level).
    static func certificate(_ syntax: Templates.Syntax) -> String {
        Templates.head + syntax.declarations(HeavyWorkload.fields) + paragraphs(syntax.field).joined(separator: "\n") + Templates.tail
    }

    /// relatorio: every record of `danh_sach` as one certificate, each starting a new page.
    static func oneFile(_ syntax: Templates.Syntax) -> String {
        guard let loop = syntax.loopRows else { return certificate(syntax) }
        var body = paragraphs(syntax.rowField)
        body[0] = body[0].replacingOccurrences(of: "text:style-name=\"Standard\"", with: "text:style-name=\"PageBreak\"")
        let open = "<text:p text:style-name=\"Standard\">\(loop.before)</text:p>"
        let close = "<text:p text:style-name=\"Standard\">\(loop.after)</text:p>"
        let head = Templates.head.replacingOccurrences(
            of: "</office:styles>",
            with: "<style:style style:name=\"PageBreak\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties fo:break-before=\"page\"/></style:style></office:styles>")
        return head + syntax.declarations(HeavyWorkload.fields.map { "p.\($0)" }) + open + "\n" + body.joined(separator: "\n")
            + "\n" + close + Templates.tail
    }

    /// One danh sách: a heading row and one repeated row of 17 cells.
    static func list(_ syntax: Templates.Syntax) -> String {
        let f = syntax.rowField
        let cell = { (text: String) in "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let fields = HeavyWorkload.fields
        let emptyCells = String(repeating: cell(""), count: fields.count - 1)
        var rows = "<table:table-row>" + fields.map { cell($0) }.joined() + "</table:table-row>\n"
        if let loop = syntax.loopRows { rows += "<table:table-row>\(cell(loop.before))\(emptyCells)</table:table-row>\n" }
        let cells = fields.enumerated().map { index, field in
            cell((index == 0 ? syntax.rowStart : "") + f(field) + (index == fields.count - 1 ? syntax.rowEnd : ""))
        }
        rows += "<table:table-row>" + cells.joined() + "</table:table-row>\n"
        if let loop = syntax.loopRows { rows += "<table:table-row>\(cell(loop.after))\(emptyCells)</table:table-row>\n" }
        let table = "<table:table table:name=\"DanhSach\"><table:table-column table:number-columns-repeated=\"\(fields.count)\"/>\n"
            + rows + "</table:table>"
        return Templates.head + syntax.declarations(fields.map { "p.\($0)" }) + "<text:p text:style-name=\"Title\">DANH SÁCH</text:p>\n"
            + table + Templates.tail
    }
}
