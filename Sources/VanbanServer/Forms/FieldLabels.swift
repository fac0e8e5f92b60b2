/// The Vietnamese label of a field the built-in templates use; other fields are labelled by
/// their name with spaces.
enum FieldLabels {
    static let known: [String: String] = [
        "ho_ten": "Họ và tên",
        "chuc_vu": "Chức vụ",
        "don_vi": "Đơn vị",
        "thanh_tich": "Thành tích",
        "so_so_vang": "Số sổ vàng",
        "tham_quyen": "Người có thẩm quyền",
        "so": "Số văn bản",
        "ngay": "Ngày ký",
        "dia_danh": "Địa danh",
        "chuc_vu_ky": "Chức vụ người ký",
        "nguoi_ky": "Người ký",
        "co_quan_chu_quan": "Cơ quan chủ quản",
        "co_quan": "Cơ quan ban hành",
        "co_quan_day_du": "Tên cơ quan đầy đủ",
        "trich_yeu": "Trích yếu",
        "kinh_gui_mot": "Kính gửi (một nơi)",
        "kinh_gui": "Kính gửi (nhiều nơi)",
        "noi_dung": "Nội dung",
        "noi_nhan": "Nơi nhận",
        "don_vi_soan": "Đơn vị soạn thảo",
        "can_cu": "Căn cứ",
        "su_kien": "Sự kiện",
        "thoi_gian": "Thời gian",
        "dia_diem": "Địa điểm",
        "ghi_chu": "Ghi chú",
        "gioi_tinh": "Giới tính",
        "so_tien": "Số tiền",
        "nguon_chi": "Nguồn chi",
        "hinh_thuc": "Hình thức khen thưởng",
        "doi_tuong": "Đối tượng",
        "ten": "Tên",
        "tieu_de": "Tiêu đề",
        "mo_dau": "Mở đầu",
        "ket_thuc": "Kết thúc",
        "kinh_phi": "Kinh phí",
        "thi_hanh": "Tổ chức thi hành",
    ]

    /// The label for `name`.
    static func label(for name: String) -> String {
        if let label = known[name] { return label }
        let words = name.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
