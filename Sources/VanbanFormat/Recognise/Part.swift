/// A component of a văn bản hành chính's thể thức (NĐ 30/2020, Phụ lục I), as the `--json`
/// report names it.
public enum Part: String, Sendable, CaseIterable, Codable {
    case quocHieu = "quoc_hieu"
    case tieuNgu = "tieu_ngu"
    case coQuanChuQuan = "co_quan_chu_quan"
    case coQuanBanHanh = "co_quan_ban_hanh"
    case soKyHieu = "so_ky_hieu"
    case diaDanhNgay = "dia_danh_ngay"
    case tenLoai = "ten_loai"
    case trichYeu = "trich_yeu"
    case canCu = "can_cu"
    case noiDung = "noi_dung"
    case quyenHanChucVu = "quyen_han_chuc_vu"
    case hoTenNguoiKy = "ho_ten_nguoi_ky"
    case noiNhan = "noi_nhan"
    case phuLuc = "phu_luc"
    /// The page: paper and margins.
    case trang = "trang"
    /// Page numbers.
    case soTrang = "so_trang"
}
