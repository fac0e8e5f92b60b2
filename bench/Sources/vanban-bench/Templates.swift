/// The benchmark's templates, generated with vanban's own code: one ODF body (a ~20-paragraph
/// certificate, a danh sách table) written in each engine's syntax. Only the tags differ.
enum Templates {
    /// How one engine marks a field and repeats a table row.
    struct Syntax: Sendable {
        let name: String
        /// A field of the record (certificate).
        let field: @Sendable (String) -> String
        /// A field of the current row inside the loop.
        let rowField: @Sendable (String) -> String
        /// Markup in the first and last cell of the repeated row (vanban), or whole rows
        /// before and after it (the others).
        let rowStart: String
        let rowEnd: String
        let loopRows: (before: String, after: String)?
        /// Declarations the engine needs at the start of `office:text`.
        let declarations: @Sendable ([String]) -> String

        static let vanban = Syntax(
            name: "vanban", field: { "{{\($0)}}" }, rowField: { "{{\($0)}}" },
            rowStart: "{{#danh_sach}}", rowEnd: "{{/danh_sach}}", loopRows: nil, declarations: { _ in "" })

        static let relatorio = Syntax(
            name: "relatorio",
            field: { "<text:placeholder text:placeholder-type=\"text\">&lt;\($0)&gt;</text:placeholder>" },
            rowField: { "<text:placeholder text:placeholder-type=\"text\">&lt;p.\($0)&gt;</text:placeholder>" },
            rowStart: "", rowEnd: "",
            loopRows: (link("relatorio://for each=&quot;p in danh_sach&quot;", "for each=&quot;p in danh_sach&quot;"),
                       link("relatorio:///for", "/for")),
            declarations: { _ in "" })

        static let secretary = Syntax(
            name: "secretary", field: { "{{ \($0) }}" }, rowField: { "{{ p.\($0) }}" },
            rowStart: "", rowEnd: "",
            loopRows: ("<text:text-input text:description=\"table:table-row\">{% for p in danh_sach %}</text:text-input>",
                       "<text:text-input text:description=\"table:table-row\">{% endfor %}</text:text-input>"),
            declarations: { _ in "" })

        static let py3o = Syntax(
            name: "py3o",
            field: { "<text:user-field-get text:name=\"py3o.\($0)\">\($0)</text:user-field-get>" },
            rowField: { "<text:user-field-get text:name=\"py3o.p.\($0)\">p.\($0)</text:user-field-get>" },
            rowStart: "", rowEnd: "",
            loopRows: (link("py3o://for=&quot;p in danh_sach&quot;", "for=&quot;p in danh_sach&quot;"), link("py3o:///for", "/for")),
            declarations: { names in
                "<text:user-field-decls>" + names.map {
                    "<text:user-field-decl office:value-type=\"string\" office:string-value=\"\" text:name=\"py3o.\($0)\"/>"
                }.joined() + "</text:user-field-decls>"
            })

        static let all = [vanban, relatorio, secretary, py3o]

        static func link(_ href: String, _ text: String) -> String {
            "<text:a xlink:type=\"simple\" xlink:href=\"\(href)\">\(text)</text:a>"
        }
    }

    static let fields = ["stt", "ho_ten", "chuc_vu", "don_vi", "so_tien", "so_so_vang"]

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:meta><meta:generator>vanban-bench</meta:generator><dc:title>Giấy khen</dc:title></office:meta>
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>
          <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#c00000"/></style:style>
         </office:styles>
         <office:body><office:text>

        """
    static let tail = "\n </office:text></office:body></office:document>\n"

    static func certificate(_ syntax: Syntax = .vanban) -> String {
        let f = syntax.field
        let p = { (text: String) in "<text:p text:style-name=\"Standard\">\(text)</text:p>" }
        let lines = [
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), p("Độc lập - Tự do - Hạnh phúc"), p("GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK"),
            p("TẶNG"), "<text:p text:style-name=\"Title\">GIẤY KHEN</text:p>", p(f("ho_ten")),
            p("\(f("chuc_vu")), \(f("don_vi"))"),
            p("Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025"),
            p("Số tiền thưởng: \(f("so_tien")) đồng"), p("Quyết định số 05/QĐ-SYT, ngày 05 tháng 01 năm 2026"),
            p("Số sổ vàng: \(f("so_so_vang"))"), p("Đắk Lắk, ngày 05 tháng 01 năm 2026"), p("GIÁM ĐỐC"), p(""), p(""), p(""),
            p("Nguyễn Văn An"), p("STT: \(f("stt"))"), p("Ghi chú: bản chính"), p("Hết./."),
        ]
        return head + syntax.declarations(fields) + lines.joined(separator: "\n") + tail
    }

    static func list(_ syntax: Syntax = .vanban) -> String {
        let f = syntax.rowField
        let cell = { (text: String) in "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let emptyCells = String(repeating: cell(""), count: 4)
        var rows = "<table:table-row>\(cell("STT"))\(cell("Họ và tên"))\(cell("Chức vụ"))\(cell("Đơn vị"))\(cell("Số tiền"))</table:table-row>\n"
        if let loop = syntax.loopRows { rows += "<table:table-row>\(cell(loop.before))\(emptyCells)</table:table-row>\n" }
        rows += "<table:table-row>\(cell(syntax.rowStart + f("stt")))\(cell(f("ho_ten")))\(cell(f("chuc_vu")))\(cell(f("don_vi")))\(cell(f("so_tien") + syntax.rowEnd))</table:table-row>\n"
        if let loop = syntax.loopRows { rows += "<table:table-row>\(cell(loop.after))\(emptyCells)</table:table-row>\n" }
        let table = "<table:table table:name=\"DanhSach\"><table:table-column table:number-columns-repeated=\"5\"/>\n\(rows)</table:table>"
        let declarations = syntax.declarations(fields.map { "p.\($0)" })
        return head + declarations + "<text:p text:style-name=\"Title\">DANH SÁCH</text:p>\n" + table + tail
    }
}
