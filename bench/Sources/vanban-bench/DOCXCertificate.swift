import VanbanData

/// The records of bench/docx: separate Word certificates, the same for vanban and docxtpl.
enum DOCXCertificate {
    /// A certificate's record: a person of ``Workload`` and the decision's common fields.
    static func value(_ index: Int) -> Value {
        let person = Workload.person(index)
        return .object([
            "ho_ten": .string(person.name), "chuc_vu": .string(person.title), "don_vi": .string(person.unit),
            "thanh_tich": .string("xuất sắc trong phong trào thi đua yêu nước năm 2025"),
            "so_so_vang": .string("GK-\(person.number)"), "tham_quyen": .string("GIÁM ĐỐC SỞ Y TẾ TỈNH ĐẮK LẮK"),
            "so": .string("05/QĐ-SYT"), "ngay": .string("ngày 05 tháng 01 năm 2026"), "dia_danh": .string("Đắk Lắk"),
            "chuc_vu_ky": .string("GIÁM ĐỐC"), "nguoi_ky": .string("Nguyễn Văn An"),
        ])
    }
}
