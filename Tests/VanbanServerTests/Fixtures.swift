import Foundation

/// Data the route tests upload.
enum Fixtures {
    /// A list of `count` people with the columns Giấy khen fills from a list.
    static func awardList(count: Int) -> Data {
        var lines = ["Họ tên,Chức vụ,Đơn vị,Số sổ vàng"]
        for number in 1...count {
            lines.append("Nguyễn Văn Người \(number),Chuyên viên,Phòng \(number % 4 + 1),\(number)")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The form's common fields of a Giấy khen batch; `date` as the clerk typed it.
    static func awardForm(date: String) -> [String: String] {
        ["cach_dung": "hang-loat", "ho_ten": "", "chuc_vu": "", "don_vi": "", "so_so_vang": "",
         "thanh_tich": "xuất sắc trong phong trào thi đua năm 2025", "tham_quyen": "Giám đốc Sở Y tế tỉnh Đắk Lắk",
         "so": "5", "ngay": date, "dia_danh": "Đắk Lắk", "chuc_vu_ky": "GIÁM ĐỐC", "nguoi_ky": "Nguyễn Văn An"]
    }

    /// A Flat ODT template whose text is `paragraph`.
    static func template(_ paragraph: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" \
            office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:text><text:p>\(paragraph)</text:p></office:text></office:body></office:document>
            """.utf8)
    }
}
