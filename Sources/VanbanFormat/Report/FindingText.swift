/// The one writer of findings in Vietnamese: what a clerk needs to fix each one, the part,
/// the page, the paragraph, what is there, what NĐ 30/2020 asks and where it says so.
public enum FindingText {
    /// `tệp: trang 1, Quốc hiệu "CỘNG HÒA…": lỗi: chưa in đậm (có: không đậm; cần: chữ đậm — Phụ lục I, mục III.1).`
    public static func line(_ finding: Finding, file: String) -> String {
        let level = finding.level == .error ? "lỗi" : "cảnh báo"
        let quoted = finding.text.isEmpty ? "" : " \"\(finding.text)\""
        return "\(file): trang \(finding.page), \(partName(finding.part))\(quoted): \(level): \(ruleName(finding.rule)) "
            + "(hiện có: \(finding.found); cần: \(finding.expected) — \(item(finding)))."
    }

    /// The closing line of a file's report.
    public static func summary(_ report: FileReport) -> String {
        let errors = report.findings.filter { $0.level == .error }.count
        let warnings = report.findings.count - errors
        let unmeasured = report.measuredPages ? "" : "; chưa đo đường kẻ và số trang trên trang in"
        if report.findings.isEmpty { return "\(report.file): đúng thể thức (\(kindName(report.kind))\(unmeasured))." }
        return "\(report.file): \(errors) lỗi, \(warnings) cảnh báo (\(kindName(report.kind))\(unmeasured))."
    }

    public static func partName(_ part: Part) -> String {
        switch part {
        case .quocHieu: return "Quốc hiệu"
        case .tieuNgu: return "Tiêu ngữ"
        case .coQuanChuQuan: return "tên cơ quan chủ quản"
        case .coQuanBanHanh: return "tên cơ quan ban hành"
        case .soKyHieu: return "số, ký hiệu"
        case .diaDanhNgay: return "địa danh, ngày tháng"
        case .tenLoai: return "tên loại văn bản"
        case .trichYeu: return "trích yếu"
        case .canCu: return "căn cứ"
        case .noiDung: return "nội dung"
        case .quyenHanChucVu: return "quyền hạn, chức vụ người ký"
        case .hoTenNguoiKy: return "họ tên người ký"
        case .noiNhan: return "nơi nhận"
        case .phuLuc: return "phụ lục"
        case .trang: return "trang giấy"
        case .soTrang: return "số trang"
        }
    }

    public static func ruleName(_ rule: Rule) -> String {
        switch rule {
        case .missing: return "không tìm thấy thành phần này"
        case .font: return "sai phông chữ"
        case .size: return "sai cỡ chữ"
        case .bold: return "chưa in đậm"
        case .notBold: return "không được in đậm"
        case .italic: return "chưa in nghiêng"
        case .uppercase: return "phải viết chữ in hoa"
        case .alignment: return "sai căn lề"
        case .tieuNguForm: return "sai cách viết Tiêu ngữ (gạch nối có cách chữ, chữ đầu cụm từ viết hoa)"
        case .tieuNguDash: return "dùng gạch ngang dài thay cho gạch nối"
        case .lineUnder: return "thiếu đường kẻ ngang nét liền bên dưới"
        case .lineLength: return "đường kẻ bên dưới không đúng độ dài"
        case .numberForm: return "sai cách ghi số, ký hiệu"
        case .leadingZero: return "số nhỏ hơn 10 phải ghi thêm số 0 phía trước"
        case .symbolKind: return "chữ viết tắt tên loại trong ký hiệu không khớp với tên loại văn bản"
        case .dateForm: return "sai cách ghi ngày tháng (ngày dưới 10 và tháng 1, 2 ghi thêm số 0)"
        case .authorityPrefix: return "chữ viết tắt quyền hạn phải có dấu chấm"
        case .signerTitle: return "không ghi học hàm, học vị trước họ tên người ký"
        case .recipientsForm: return "sai cách trình bày nơi nhận"
        case .archiveEntry: return "thiếu dòng lưu văn thư ở cuối nơi nhận"
        case .paper: return "sai khổ giấy"
        case .marginTop: return "sai lề trên"
        case .marginBottom: return "sai lề dưới"
        case .marginLeft: return "sai lề trái"
        case .marginRight: return "sai lề phải"
        case .pageNumberFirstPage: return "trang thứ nhất không hiển thị số trang"
        case .pageNumberMissing: return "thiếu số trang"
        case .pageNumberPlace: return "số trang phải ở giữa lề trên"
        }
    }

    /// The Phụ lục I item (Phần I) that states the rule.
    public static func item(_ finding: Finding) -> String {
        switch finding.rule {
        case .font: return "Phụ lục I, mục II.4"
        case .paper: return "Phụ lục I, mục II.1"
        case .marginTop, .marginBottom, .marginLeft, .marginRight: return "Phụ lục I, mục II.3"
        case .pageNumberFirstPage, .pageNumberMissing, .pageNumberPlace: return "Phụ lục I, mục II.7"
        case .symbolKind: return "Phụ lục I, mục III.3 và Phụ lục III"
        default: break
        }
        switch finding.part {
        case .quocHieu, .tieuNgu: return "Phụ lục I, mục III.1"
        case .coQuanChuQuan, .coQuanBanHanh: return "Phụ lục I, mục III.2"
        case .soKyHieu: return "Phụ lục I, mục III.3"
        case .diaDanhNgay: return "Phụ lục I, mục III.4"
        case .tenLoai, .trichYeu: return "Phụ lục I, mục III.5"
        case .canCu, .noiDung: return "Phụ lục I, mục III.6"
        case .quyenHanChucVu, .hoTenNguoiKy: return "Phụ lục I, mục III.7"
        case .noiNhan: return "Phụ lục I, mục III.9"
        case .phuLuc: return "Phụ lục I, mục III.10"
        case .trang: return "Phụ lục I, mục II.3"
        case .soTrang: return "Phụ lục I, mục II.7"
        }
    }

    public static func kindName(_ id: String) -> String {
        if id == DocumentKind.congVan.id { return "công văn" }
        if let kind = (DocumentKind.all + [.giayKhen, .bangKhen]).first(where: { $0.id == id }) { return kind.title.lowercased() }
        return "chưa nhận ra tên loại"
    }
}
