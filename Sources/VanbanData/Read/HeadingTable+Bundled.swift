extension HeadingTable {
    /// The table bundled with vanban: the usual column headings of Vietnamese lists, each
    /// matched after ``FieldName/normalize(_:)`` (no case, no marks, punctuation as `_`), then
    /// again without a part in brackets. Written out in Swift, not read from a resource file:
    /// every run that reads a list needs it, and decoding it took a millisecond of each start.
    /// `kind`: ``Kind/name`` (spaces tidied, capitals reported), ``Kind/money`` (whole đồng),
    /// ``Kind/date`` (ND30 dd/mm/yyyy), ``Kind/number``, ``Kind/kind`` (Tập thể/Cá nhân),
    /// ``Kind/text``.
    public static let bundled = HeadingTable(entries: [
        Entry(field: "stt", label: "STT", kind: .number, headings: [
            "STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"
        ]),
        Entry(field: "ho_ten", label: "Họ và tên", kind: .name, headings: [
            "Họ và tên", "Họ tên", "Họ, tên", "Họ và tên người", "Tên", "Tên tập thể, cá nhân",
            "Tên tập thể/cá nhân", "Tên tập thể, họ tên cá nhân", "Họ tên/Tên tập thể", "Tên đơn vị, cá nhân",
            "Tên tập thể hoặc cá nhân", "Họ và tên/Tên tập thể", "Họ và tên / Tên tập thể", "Họ tên / Tên tập thể",
            "Tên tập thể/Họ và tên", "Tên tập thể, họ và tên cá nhân", "Họ và tên (tên tập thể)"
        ]),
        Entry(field: "chuc_vu", label: "Chức vụ", kind: .text, headings: [
            "Chức vụ", "Chức danh", "Chức vụ, chức danh", "Chức vụ/Chức danh", "Chức danh, chức vụ"
        ]),
        Entry(field: "don_vi", label: "Đơn vị", kind: .text, headings: [
            "Đơn vị", "Đơn vị công tác", "Cơ quan", "Cơ quan, đơn vị", "Cơ quan/Đơn vị", "Đơn vị/Cơ quan",
            "Nơi công tác", "Cơ quan công tác", "Khoa, phòng", "Khoa/Phòng", "Phòng, ban", "Phòng/Ban"
        ]),
        Entry(field: "gioi_tinh", label: "Giới tính", kind: .text, headings: [
            "Giới tính", "Ông/Bà", "Ông, Bà", "Danh xưng", "Nam/Nữ", "Nam, Nữ"
        ]),
        Entry(field: "doi_tuong", label: "Đối tượng", kind: .kind, headings: [
            "Đối tượng", "Loại", "Tập thể/Cá nhân", "Tập thể, cá nhân", "Cá nhân/Tập thể", "Loại đối tượng",
            "Đối tượng khen thưởng", "Đối tượng được khen", "TT/CN", "CN/TT"
        ]),
        Entry(field: "so_tien", label: "Số tiền", kind: .money, headings: [
            "Số tiền", "Thành tiền", "Số tiền thưởng", "Tiền thưởng", "Mức thưởng", "Mức tiền thưởng",
            "Số tiền (đồng)", "Thành tiền (đồng)", "Số tiền (VNĐ)"
        ]),
        Entry(field: "don_gia", label: "Đơn giá", kind: .money, headings: [
            "Đơn giá", "Đơn giá (đồng)"
        ]),
        Entry(field: "so_luong", label: "Số lượng", kind: .number, headings: [
            "Số lượng", "SL"
        ]),
        Entry(field: "ngay_sinh", label: "Ngày sinh", kind: .date, headings: [
            "Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"
        ]),
        Entry(field: "nam_sinh", label: "Năm sinh", kind: .number, headings: [
            "Năm sinh"
        ]),
        Entry(field: "que_quan", label: "Quê quán", kind: .text, headings: [
            "Quê quán", "Nguyên quán"
        ]),
        Entry(field: "dia_chi", label: "Địa chỉ", kind: .text, headings: [
            "Địa chỉ", "Nơi ở", "Nơi ở hiện nay", "Nơi cư trú"
        ]),
        Entry(field: "dien_thoai", label: "Điện thoại", kind: .text, headings: [
            "Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Di động"
        ]),
        Entry(field: "email", label: "Email", kind: .text, headings: [
            "Email", "E-mail", "Thư điện tử"
        ]),
        Entry(field: "so_cccd", label: "Số CCCD", kind: .text, headings: [
            "Số CCCD", "CCCD", "Số căn cước", "Căn cước công dân", "Số định danh", "Số CMND", "CMND/CCCD"
        ]),
        Entry(field: "hinh_thuc", label: "Hình thức khen thưởng", kind: .text, headings: [
            "Hình thức khen thưởng", "Hình thức", "Danh hiệu", "Hình thức, danh hiệu"
        ]),
        Entry(field: "thanh_tich", label: "Thành tích", kind: .text, headings: [
            "Thành tích", "Thành tích đạt được", "Nội dung thành tích", "Tóm tắt thành tích"
        ]),
        Entry(field: "so_so_vang", label: "Số sổ vàng", kind: .text, headings: [
            "Số sổ vàng", "Số vào sổ"
        ]),
        Entry(field: "ghi_chu", label: "Ghi chú", kind: .text, headings: [
            "Ghi chú"
        ]),
    ])
}
