/// A kind of văn bản hành chính: its tên loại and its abbreviation in the ký hiệu (NĐ 30/2020,
/// Phụ lục III). A công văn has no tên loại and no abbreviation.
public struct DocumentKind: Sendable, Equatable {
    /// The name for tools (`quyet_dinh`).
    public let id: String
    /// The tên loại as printed (`QUYẾT ĐỊNH`).
    public let title: String
    /// The abbreviation (`QĐ`), `nil` for a công văn.
    public let abbreviation: String?
    /// Whether the body cites its legal basis as căn cứ lines, printed in italics (SPEC §8).
    public let citesBasis: Bool

    public static let congVan = DocumentKind(id: "cong_van", title: "CÔNG VĂN", abbreviation: nil, citesBasis: false)
    public static let unknown = DocumentKind(id: "khong_ro", title: "", abbreviation: nil, citesBasis: false)
    /// Giấy khen, Bằng khen: certificates granted by a Quyết định, not văn bản hành chính (SPEC §4,
    /// §5): only the Quốc hiệu and Tiêu ngữ and the paper are checked.
    public static let giayKhen = DocumentKind(id: "giay_khen", title: "GIẤY KHEN", abbreviation: nil, citesBasis: false)
    public static let bangKhen = DocumentKind(id: "bang_khen", title: "BẰNG KHEN", abbreviation: nil, citesBasis: false)

    /// Whether this is a certificate (Giấy khen, Bằng khen).
    public var isCertificate: Bool { self == .giayKhen || self == .bangKhen }

    /// The kinds with a tên loại, Phụ lục III.
    public static let all: [DocumentKind] = [
        .init(id: "nghi_quyet", title: "NGHỊ QUYẾT", abbreviation: "NQ", citesBasis: true),
        .init(id: "quyet_dinh", title: "QUYẾT ĐỊNH", abbreviation: "QĐ", citesBasis: true),
        .init(id: "chi_thi", title: "CHỈ THỊ", abbreviation: "CT", citesBasis: true),
        .init(id: "quy_che", title: "QUY CHẾ", abbreviation: "QC", citesBasis: true),
        .init(id: "quy_dinh", title: "QUY ĐỊNH", abbreviation: "QyĐ", citesBasis: true),
        .init(id: "thong_cao", title: "THÔNG CÁO", abbreviation: "TC", citesBasis: false),
        .init(id: "thong_bao", title: "THÔNG BÁO", abbreviation: "TB", citesBasis: false),
        .init(id: "huong_dan", title: "HƯỚNG DẪN", abbreviation: "HD", citesBasis: false),
        .init(id: "chuong_trinh", title: "CHƯƠNG TRÌNH", abbreviation: "CTr", citesBasis: false),
        .init(id: "ke_hoach", title: "KẾ HOẠCH", abbreviation: "KH", citesBasis: false),
        .init(id: "phuong_an", title: "PHƯƠNG ÁN", abbreviation: "PA", citesBasis: false),
        .init(id: "de_an", title: "ĐỀ ÁN", abbreviation: "ĐA", citesBasis: false),
        .init(id: "du_an", title: "DỰ ÁN", abbreviation: "DA", citesBasis: false),
        .init(id: "bao_cao", title: "BÁO CÁO", abbreviation: "BC", citesBasis: false),
        .init(id: "bien_ban", title: "BIÊN BẢN", abbreviation: "BB", citesBasis: false),
        .init(id: "to_trinh", title: "TỜ TRÌNH", abbreviation: "TTr", citesBasis: false),
        .init(id: "hop_dong", title: "HỢP ĐỒNG", abbreviation: "HĐ", citesBasis: false),
        .init(id: "cong_dien", title: "CÔNG ĐIỆN", abbreviation: "CĐ", citesBasis: false),
        .init(id: "ban_ghi_nho", title: "BẢN GHI NHỚ", abbreviation: "BGN", citesBasis: false),
        .init(id: "ban_thoa_thuan", title: "BẢN THỎA THUẬN", abbreviation: "BTT", citesBasis: false),
        .init(id: "giay_uy_quyen", title: "GIẤY ỦY QUYỀN", abbreviation: "GUQ", citesBasis: false),
        .init(id: "giay_moi", title: "GIẤY MỜI", abbreviation: "GM", citesBasis: false),
        .init(id: "giay_gioi_thieu", title: "GIẤY GIỚI THIỆU", abbreviation: "GGT", citesBasis: false),
        .init(id: "giay_nghi_phep", title: "GIẤY NGHỈ PHÉP", abbreviation: "GNP", citesBasis: false),
        .init(id: "phieu_gui", title: "PHIẾU GỬI", abbreviation: "PG", citesBasis: false),
        .init(id: "phieu_chuyen", title: "PHIẾU CHUYỂN", abbreviation: "PC", citesBasis: false),
        .init(id: "phieu_bao", title: "PHIẾU BÁO", abbreviation: "PB", citesBasis: false),
    ]

    /// The kind whose tên loại is `title` (old spellings `HOÀ`, `THOẢ` accepted).
    public static func titled(_ title: String) -> DocumentKind? {
        let folded = VietnameseText.foldedUpper(title)
        return all.first { VietnameseText.foldedUpper($0.title) == folded }
    }
}
