import Foundation
import VanbanData

/// The heavier data set: 17 fields a record, Vietnamese text throughout, and values that need
/// XML escaping (`&`, `<`, `>`, `"`, `'`) in every record, as a real award list has (units
/// with "&", quoted titles, notes with comparisons). Record `i` is the same in every run and
/// for every engine; it reuses ``Workload``'s names, units and titles.
enum HeavyWorkload {
    /// The fields, in the order of the CSV's columns and the danh sách's table columns.
    static let fields = [
        "stt", "ho_ten", "gioi_tinh", "ngay_sinh", "chuc_vu", "don_vi", "khoa_phong", "dia_chi", "dien_thoai",
        "thu_dien_tu", "hinh_thuc", "thanh_tich", "so_tien", "so_so_vang", "so_quyet_dinh", "ngay_quyet_dinh", "ghi_chu",
    ]

    static let departments = ["Khoa Hồi sức & Chống độc", "Phòng Tổ chức <Cán bộ>", "Khoa \"Nội\" tổng hợp", "Khoa Ngoại – Chấn thương",
                              "Phòng Kế hoạch & Nghiệp vụ", "Khoa Nhi 'Sơ sinh'", "Khoa Dược > Vật tư", "Phòng Điều dưỡng"]
    static let places = ["Ea H'leo", "Buôn Ma Thuột", "Cư M'gar", "Krông Pắc", "Lắk", "Ea Kar", "M'Đrắk", "Krông Búk"]
    static let streets = ["Lê Duẩn", "Nguyễn Tất Thành", "Phan Bội Châu", "Y Jút", "Hùng Vương", "Ngô Quyền"]
    static let forms = ["Giấy khen", "Bằng khen", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"]
    static let achievements = [
        "Hoàn thành xuất sắc nhiệm vụ năm 2025 & được bình chọn \"Chiến sĩ thi đua cơ sở\"",
        "Có thành tích trong phong trào \"Thi đua yêu nước\" <giai đoạn 2021–2025> của ngành Y tế",
        "Tích cực trong công tác phòng, chống dịch bệnh & chăm sóc sức khỏe nhân dân tại 'vùng khó khăn'",
    ]
    static let notes = ["Điểm bình xét ≥ 9 & < 10", "Đề nghị \"xét đặc cách\"", "Không có", "Chuyển từ 'danh sách bổ sung'", "Tỷ lệ > 95% & đúng hạn"]

    /// Record `index`'s 17 fields, as text, in ``fields``' order.
    static func record(_ index: Int) -> [String] {
        let person = Workload.person(index)
        let place = places[(index / 5) % places.count]
        return [
            String(person.number), person.name, index % 2 == 0 ? "Nữ" : "Nam",
            String(format: "%02d/%02d/%04d", index % 28 + 1, index % 12 + 1, 1965 + index % 35),
            person.title, person.unit, departments[(index / 2) % departments.count],
            "\(index % 300 + 1) \(streets[index % streets.count]), huyện \(place), tỉnh Đắk Lắk",
            String(format: "0262 3%06d", index % 1_000_000),
            "nv\(person.number)@syt.daklak.gov.vn", forms[index % forms.count],
            achievements[index % achievements.count], String(person.amount), "GK-\(person.number)",
            "\(index % 90 + 1)/QĐ-SYT", "ngày \(index % 28 + 1) tháng \(index % 12 + 1) năm 2026", notes[index % notes.count],
        ]
    }

    /// Record `index` as vanban's value (numbers where the CSV reader would see numbers).
    static func value(_ index: Int) -> Value {
        let r = record(index)
        func number(_ text: String) -> Value { Decimal(string: text).map { .number($0, text: text) } ?? .string(text) }
        return .object([
            "stt": number(r[0]), "ho_ten": .string(r[1]), "gioi_tinh": .string(r[2]), "ngay_sinh": .string(r[3]),
            "chuc_vu": .string(r[4]), "don_vi": .string(r[5]), "khoa_phong": .string(r[6]), "dia_chi": .string(r[7]),
            "dien_thoai": .string(r[8]), "thu_dien_tu": .string(r[9]), "hinh_thuc": .string(r[10]), "thanh_tich": .string(r[11]),
            "so_tien": number(r[12]), "so_so_vang": .string(r[13]), "so_quyet_dinh": .string(r[14]),
            "ngay_quyet_dinh": .string(r[15]), "ghi_chu": .string(r[16]),
        ])
    }

    /// `heavy.json` (for the Python engines) and `heavy.csv` (for `vanban hang-loat` and
    /// `vanban tao --danh-sach`): the same `count` records.
    static func writeData(count: Int, to folder: URL) throws {
        var csv = fields.joined(separator: ",") + "\n"
        var json = "["
        for index in 0..<count {
            let values = record(index)
            csv += values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
            let members = zip(fields, values).map { field, text in
                let quoted = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                return "\"\(field)\": " + (field == "stt" || field == "so_tien" ? text : quoted)
            }
            json += (index == 0 ? "\n{" : ",\n{") + members.joined(separator: ", ") + "}"
        }
        json += "\n]\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("heavy.csv"))
        try Data(json.utf8).write(to: folder.appendingPathComponent("heavy.json"))
    }
}
