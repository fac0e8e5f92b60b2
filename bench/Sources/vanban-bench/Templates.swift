/// The benchmark's templates, generated: the same ODF body for every engine (only the tag
/// syntax differs), a ~20-paragraph certificate and a danh sách table.
enum Templates {
    /// The syntax of one engine's fields and row loop.
    struct Syntax: Sendable {
        let field: @Sendable (String) -> String
        let rowStart: String
        let rowEnd: String
        static let vanban = Syntax(field: { "{{\($0)}}" }, rowStart: "{{#danh_sach}}", rowEnd: "{{/danh_sach}}")
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>
          <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#c00000"/></style:style>
         </office:styles>
         <office:body><office:text>

        """
    static let tail = "\n </office:text></office:body></office:document>\n"

    static func certificate(_ syntax: Syntax = .vanban) -> String {
        let f = syntax.field
        let lines = [
            "<text:p text:style-name=\"Standard\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>",
            "<text:p text:style-name=\"Standard\">Độc lập - Tự do - Hạnh phúc</text:p>",
            "<text:p text:style-name=\"Standard\">GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK</text:p>",
            "<text:p text:style-name=\"Standard\">TẶNG</text:p>",
            "<text:p text:style-name=\"Title\">GIẤY KHEN</text:p>",
            "<text:p text:style-name=\"Standard\">\(f("ho_ten"))</text:p>",
            "<text:p text:style-name=\"Standard\">\(f("chuc_vu")), \(f("don_vi"))</text:p>",
            "<text:p text:style-name=\"Standard\">Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025</text:p>",
            "<text:p text:style-name=\"Standard\">Số tiền thưởng: \(f("so_tien")) đồng</text:p>",
            "<text:p text:style-name=\"Standard\">Quyết định số 05/QĐ-SYT, ngày 05 tháng 01 năm 2026</text:p>",
            "<text:p text:style-name=\"Standard\">Số sổ vàng: \(f("so_so_vang"))</text:p>",
            "<text:p text:style-name=\"Standard\">Đắk Lắk, ngày 05 tháng 01 năm 2026</text:p>",
            "<text:p text:style-name=\"Standard\">GIÁM ĐỐC</text:p>",
            "<text:p text:style-name=\"Standard\"/>", "<text:p text:style-name=\"Standard\"/>", "<text:p text:style-name=\"Standard\"/>",
            "<text:p text:style-name=\"Standard\">Nguyễn Văn An</text:p>",
            "<text:p text:style-name=\"Standard\">STT: \(f("stt"))</text:p>",
            "<text:p text:style-name=\"Standard\">Ghi chú: bản chính</text:p>",
            "<text:p text:style-name=\"Standard\">Hết./.</text:p>",
        ]
        return head + lines.joined(separator: "\n") + tail
    }

    static func list(_ syntax: Syntax = .vanban) -> String {
        let f = syntax.field
        let cell = { (text: String) in "<table:table-cell office:value-type=\"string\"><text:p>\(text)</text:p></table:table-cell>" }
        let table = """
            <table:table table:name="DanhSach"><table:table-column table:number-columns-repeated="5"/>
            <table:table-row>\(cell("STT"))\(cell("Họ và tên"))\(cell("Chức vụ"))\(cell("Đơn vị"))\(cell("Số tiền"))</table:table-row>
            <table:table-row>\(cell(syntax.rowStart + f("stt")))\(cell(f("ho_ten")))\(cell(f("chuc_vu")))\(cell(f("don_vi")))\(cell(f("so_tien") + syntax.rowEnd))</table:table-row>
            </table:table>
            """
        return head + "<text:p text:style-name=\"Title\">DANH SÁCH</text:p>\n" + table + tail
    }
}
