import Foundation
import Testing
import VanbanTestSupport

/// Lists made by a tester the way clerks make them in Excel (Fixtures/clerk-lists), each run as a
/// clerk would: vanban refuses, with the place and what to do, or writes the document the clerk
/// meant — never a wrong one with exit 0. The common data are the built-in samples
/// (hoi-nghi.yaml = giay-moi.yaml; qd.yaml = the decision's, dated 01/12/2026).
@Suite struct ClerkListTests {
    enum Run: Sendable {
        /// Giấy mời for the list, the sample meeting as common data.
        case invitations
        /// Giấy khen for the list, with this common data.
        case certificates(String)
        /// The decision with the list attached; `listAmounts`: --theo-so-tien-danh-sach.
        case decision(listAmounts: Bool)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let run: Run
        /// Refused with this in the message, or (`refused` false) written with this in the document.
        let refused: Bool
        let text: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "01-honorific-ong-ong.xlsx", run: .invitations, refused: true, text: "có danh xưng hoặc học hàm ở đầu"),
        Case(file: "02-no-gender-col-all-ba.xlsx", run: .invitations, refused: true, text: #""Giới tính" là giá trị riêng"#),
        Case(file: "03-gender-x-columns.xlsx", run: .invitations, refused: true, text: #""Giới tính" là giá trị riêng"#),
        Case(file: "04-no-chucvu-column.xlsx", run: .invitations, refused: true, text: #""Chức vụ" là giá trị riêng"#),
        Case(file: "05-coquan-overrides-letterhead.xlsx", run: .invitations, refused: false, text: "Đơn vị: Bệnh viện A"),
        Case(file: "06-chucvu-donvi-one-column.xlsx", run: .invitations, refused: true, text: #""Chức vụ" là giá trị riêng"#),
        Case(file: "07-gk-no-chucvu-column.xlsx", run: .certificates("giay-khen.yaml"), refused: true, text: #""Chức vụ" là giá trị riêng"#),
        Case(file: "08-side-by-side-lists.xlsx", run: .decision(listAmounts: false), refused: true, text: "không biết dùng cột nào"),
        Case(file: "08b-corrected-name-column-ignored.xlsx", run: .decision(listAmounts: false), refused: true,
             text: #"cột "Họ và tên", cột "Họ và tên (đã sửa)""#),
        Case(file: "09-amount-nghin-dong.xlsx", run: .decision(listAmounts: true), refused: true, text: "không tính bằng đồng"),
        Case(file: "09b-dvt-nghin-dong-above-table.xlsx", run: .decision(listAmounts: true), refused: true, text: "không tính bằng đồng"),
        Case(file: "10-amount-one-typo-list-amounts.xlsx", run: .decision(listAmounts: true), refused: true, text: "(dòng 7)"),
        Case(file: "11-name-with-note.xlsx", run: .decision(listAmounts: false), refused: true, text: "(đã chuyển công tác)"),
        Case(file: "12-sosovang-column-ignored.xlsx", run: .decision(listAmounts: false), refused: true,
             text: "dòng 4: 120, quyết định cấp 1"),
        Case(file: "12-sosovang-column-ignored.xlsx", run: .certificates("qd.yaml"), refused: true, text: "dòng 4: 120, quyết định cấp 1"),
        Case(file: "13-richtext-strike.xlsx", run: .decision(listAmounts: false), refused: true, text: "bị gạch ngang"),
        Case(file: "14-ghichu-rut.xlsx", run: .decision(listAmounts: false), refused: true, text: #"dòng 6: "Rút khỏi danh sách""#),
        Case(file: "15-namsinh-nam-nu-columns.xlsx", run: .invitations, refused: true, text: "Giới tính"),
        Case(file: "16-hodem-ten-columns.xlsx", run: .decision(listAmounts: false), refused: false, text: "Nguyễn Văn An"),
        Case(file: "16b-hodem-ten-columns-giaymoi.xlsx", run: .invitations, refused: false, text: "Ông Nguyễn Văn An"),
        Case(file: "17-hinhthuc-mixed.xlsx", run: .decision(listAmounts: false), refused: true, text: #"dòng 6: "Bằng khen của UBND tỉnh""#),
        Case(file: "18-note-outside-table-csv-message.xlsx", run: .decision(listAmounts: false), refused: true, text: "ô G6 có giá trị"),
        Case(file: "19-tall-merged-row-split-unit.xlsx", run: .decision(listAmounts: false), refused: true, text: "ô tên được gộp xuống"),
        Case(file: "20-list-amounts-dieu2-contradicts.xlsx", run: .decision(listAmounts: true), refused: false,
             text: "Tiền thưởng: theo mức ghi trong danh sách kèm theo; tổng số tiền 5.360.000 đồng"),
        Case(file: "21-list-amounts-empty-cell.xlsx", run: .decision(listAmounts: true), refused: true, text: "để trống (dòng 6)"),
        Case(file: "22-section-vs-doituong-conflict.xlsx", run: .decision(listAmounts: false), refused: true, text: "khác với mục chứa nó"),
        Case(file: "23-first-sheet-not-active.xlsx", run: .decision(listAmounts: false), refused: true, text: "«DS 2025», «DS 2026»"),
        Case(file: "24-tcvn3-list.xlsx", run: .decision(listAmounts: false), refused: false, text: "Khoa Nội"),
        Case(file: "24b-tcvn3-mixed.xlsx", run: .decision(listAmounts: false), refused: false, text: "Điều dưỡng"),
        Case(file: "25-vni-list.xlsx", run: .decision(listAmounts: false), refused: false, text: "Trần Thị Bình"),
        Case(file: "26-reserve-section-rewarded.xlsx", run: .decision(listAmounts: false), refused: true, text: "mục «DỰ PHÒNG»"),
        Case(file: "26b-not-approved-section-rewarded.xlsx", run: .decision(listAmounts: false), refused: true,
             text: "mục «KHÔNG ĐỀ NGHỊ KHEN"),
        Case(file: "27-vlookup-zero.xlsx", run: .decision(listAmounts: false), refused: true, text: #"không có chữ nào (dòng 6: "0")"#),
        // A list's "Số", "Ngày", "Ghi chú" are the clerk's working columns: set aside (and said), the
        // document's own số, date and note printed.
        Case(file: "28-so-header-overrides-decision-number.xlsx", run: .certificates("qd.yaml"), refused: false,
             text: "05/QĐ-SYT"),
        Case(file: "29-ghichu-column-printed-on-invitation.xlsx", run: .invitations, refused: false,
             text: "Đề nghị đại biểu mặc trang phục ngành."),
        Case(file: "30-ngay-column-overrides-issue-date.xlsx", run: .invitations, refused: false, text: "ngày 05 tháng 5 năm 2025"),
        Case(file: "30b-ngay-thanhtich-columns-giaykhen.xlsx", run: .certificates("qd.yaml"), refused: true,
             text: #"cột "Thành tích" điền trường "thanh_tich""#),
        Case(file: "M1-gender-invalid-technical-msg.xlsx", run: .invitations, refused: true,
             text: #"cột "Giới tính": 3 dòng không ghi Nam hay Nữ (dòng 6: "x""#),
        Case(file: "M2-decision-missing-column-technical-msg.xlsx", run: .decision(listAmounts: false), refused: true,
             text: #"thiếu cột cho trường "chuc_vu" (Chức vụ) — cả 2 dòng của M2-decision-missing-column-technical-msg.xlsx"#),
        Case(file: "L1-prenumbered-empty-rows.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        // Made by a program that does not compute formulas: the totals row's SUBTOTAL has no saved result.
        Case(file: "L4-listobject-totals.xlsx", run: .decision(listAmounts: false), refused: true, text: "ô C8: công thức chưa được tính"),
    ]

    /// A second tester's round (Fixtures/clerk-lists-2): wrong documents and correct lists refused.
    /// qd-canhan.yaml is the decision with `doi_tuong_chung: Cá nhân`.
    static let secondRound: [Case] = [
        Case(file: "01-section-subtotal-row-becomes-person.xlsx", run: .decision(listAmounts: false), refused: false,
             text: "2 tập thể và 3 cá nhân"),
        Case(file: "02-section-subtotals-list-amounts-doubled.xlsx", run: .decision(listAmounts: true), refused: false,
             text: "tổng số tiền 5.320.000 đồng"),
        Case(file: "03-excel-ansi-csv-question-marks.csv", run: .certificates("qd.yaml"), refused: true, text: "có dấu ? thay cho chữ"),
        Case(file: "04-title-prefix-not-caught-invitation.xlsx", run: .invitations, refused: true, text: "danh xưng hoặc học hàm"),
        Case(file: "05-altenter-title-in-name-cell.xlsx", run: .decision(listAmounts: false), refused: true, text: "có ghi chú kèm theo"),
        Case(file: "05b-name-cell-notes-without-keywords.xlsx", run: .certificates("qd.yaml"), refused: true, text: "có ghi chú kèm theo"),
        Case(file: "06-lowercase-and-apostrophe-names.xlsx", run: .certificates("qd.yaml"), refused: true, text: "viết toàn chữ thường"),
        Case(file: "07b-duplicate-lookalike-characters.xlsx", run: .decision(listAmounts: false), refused: true, text: "có 2 lần"),
        Case(file: "09-heading-hoten-slash-tentapthe-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        Case(file: "09b-roundtrip-own-decision-list-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        Case(file: "10-unit-subrow-dong-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        Case(file: "10b-numbering-row-A-B-1-2-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        Case(file: "11-surname-ong-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Ông Ích Khiêm"),
        Case(file: "11b-surname-ong-invitation.xlsx", run: .invitations, refused: false, text: "Ông Ông Ích Khiêm"),
        Case(file: "13-ghichu-harmless-notes-invitation-refused.xlsx", run: .invitations, refused: false,
             text: "Đề nghị đại biểu mặc trang phục ngành."),
        Case(file: "14-ghichu-exclusion-notes-missed.xlsx", run: .decision(listAmounts: false), refused: true, text: "không được đề nghị"),
        Case(file: "15-ketqua-binhxet-khongdat-ignored.xlsx", run: .decision(listAmounts: false), refused: true, text: "Không đạt"),
        Case(file: "17-taphe-empty-unit-certificates-refused.xlsx", run: .certificates("qd.yaml"), refused: false, text: "GIẤY KHEN"),
        Case(file: "17c-invitation-retired-no-unit-refused.xlsx", run: .invitations, refused: false, text: "Nguyên Giám đốc Sở Y tế"),
        Case(file: "19-list-amounts-10x-typo.xlsx", run: .decision(listAmounts: true), refused: true, text: "khác xa mức của nghị định"),
        Case(file: "20-gender-contradicts-thi-van.xlsx", run: .invitations, refused: true, text: "giới tính trái với tên"),
        Case(file: "21-thanhtich-column-dropped-in-decision.xlsx", run: .decision(listAmounts: false), refused: true,
             text: #"điền trường "thanh_tich""#),
        Case(file: "25-sovang-zero-padded-refused.xlsx", run: .decision(listAmounts: false), refused: false, text: "Tổng cộng"),
        Case(file: "25b-sovang-numfmt-000-refused.xlsx", run: .certificates("qd.yaml"), refused: false, text: "GIẤY KHEN"),
        Case(file: "28-formulas-without-saved-results-blank-in-decision.xlsx", run: .decision(listAmounts: false), refused: true,
             text: "công thức chưa được tính"),
        Case(file: "30-doituong-picked-wrong-person-as-tapthe.xlsx", run: .decision(listAmounts: false), refused: true,
             text: "ghi Tập thể mà có chức vụ"),
        Case(file: "31-unit-heading-rows-counted-as-persons.xlsx", run: .certificates("qd-canhan.yaml"), refused: false, text: "GIẤY KHEN"),
        Case(file: "32-footer-sentence-counted-as-person.xlsx", run: .certificates("qd-canhan.yaml"), refused: false, text: "GIẤY KHEN"),
    ]

    @Test(arguments: cases)
    func neverAWrongDocumentInSilence(_ entry: Case) throws {
        try Self.check(entry, in: "clerk-lists")
    }

    @Test(arguments: secondRound)
    func neverAWrongDocumentInSilenceSecondRound(_ entry: Case) throws {
        try Self.check(entry, in: "clerk-lists-2")
    }

    static func check(_ entry: Case, in fixtures: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = Vanban.fixture(fixtures)
        for name in [entry.file, "hoi-nghi.yaml", "giay-khen.yaml", "qd.yaml", "qd-canhan.yaml"]
        where FileManager.default.fileExists(atPath: source.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.file(name))
        }
        let arguments: [String]
        switch entry.run {
        case .invitations:
            arguments = ["hang-loat", "giay-moi", entry.file, "--du-lieu-chung", "hoi-nghi.yaml", "--mot-tep", "-o", "ra.fodt"]
        case .certificates(let common):
            arguments = ["hang-loat", "giay-khen", entry.file, "--du-lieu-chung", common, "--mot-tep", "-o", "ra.fodt"]
        case .decision(let listAmounts):
            arguments = ["tao", "quyet-dinh-khen-thuong", "qd.yaml", "--danh-sach", entry.file, "-o", "ra.fodt"]
                + (listAmounts ? ["--theo-so-tien-danh-sach"] : [])
        }
        let result = try Vanban.run(arguments, in: folder.url)
        if entry.refused {
            #expect(result.status == 1, "\(result.error)")
            #expect(result.error.contains(entry.text), "\(result.error)")
            #expect(!FileManager.default.fileExists(atPath: folder.file("ra.fodt").path))
        } else {
            #expect(result.status == 0, "\(result.error)")
            let document = try String(contentsOf: folder.file("ra.fodt"), encoding: .utf8)
            #expect(document.contains(entry.text), "\(entry.file)")
        }
    }
}
