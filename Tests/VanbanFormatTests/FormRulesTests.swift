import Testing
@testable import VanbanFormat

/// The written forms, on a document made in memory: a header table, a title, a closing table.
struct FormRulesTests {
    static func document(number: String = "Số: 05/QĐ-SYT", date: String = "Đắk Lắk, ngày 05 tháng 01 năm 2025",
                         motto: String = "Độc lập - Tự do - Hạnh phúc", authority: String = "KT. GIÁM ĐỐC",
                         archive: String = "- Lưu: VT, TCCB.", name: String = "Nguyễn Văn An") -> FormattedDocument {
        func p(_ text: String, _ size: Double, bold: Bool = false, italic: Bool = false, table: Int? = nil, row: Int = 0, column: Int = 0) -> Paragraph {
            var paragraph = Paragraph(runs: [TextRun(text: text, look: TextLook(font: "Times New Roman", size: size, bold: bold, italic: italic))])
            paragraph.place = .init(table: table, row: row, column: column)
            return paragraph
        }
        return FormattedDocument(paragraphs: [
            p("UBND TỈNH ĐẮK LẮK", 12, table: 0),
            p("SỞ Y TẾ", 12, bold: true, table: 0),
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold: true, table: 0, column: 1),
            p(motto, 13, bold: true, table: 0, column: 1),
            p(number, 13, table: 0, row: 1),
            p(date, 13, italic: true, table: 0, row: 1, column: 1),
            p("QUYẾT ĐỊNH", 14, bold: true),
            p("Về việc tặng Giấy khen", 14, bold: true),
            p("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", 14, italic: true),
            p("Điều 1. Tặng Giấy khen.", 14),
            p("Nơi nhận:", 12, bold: true, italic: true, table: 1),
            p("- Như Điều 3;", 11, table: 1),
            p(archive, 11, table: 1),
            p(authority, 14, bold: true, table: 1, column: 1),
            p("PHÓ GIÁM ĐỐC", 14, bold: true, table: 1, column: 1),
            p(name, 14, bold: true, table: 1, column: 1),
        ], page: PageSetup(width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15))
    }

    static func rules(_ document: FormattedDocument) -> [String] {
        FormatChecker.report(document, file: "t", printed: nil).findings.map { "\($0.part.rawValue)/\($0.rule.rawValue)/\($0.level.rawValue)" }
    }

    @Test func correctDocumentHasNoFinding() {
        #expect(Self.rules(Self.document()) == [])
    }

    @Test(arguments: [
        ("Số: 5/QĐ-SYT", ["so_ky_hieu/leading_zero/error"]),
        ("Số 05/QĐ-SYT", ["so_ky_hieu/number_form/error"]),
        ("Số: 05 / QĐ-SYT", ["so_ky_hieu/number_form/error"]),
        ("Số: 05/KH-SYT", ["so_ky_hieu/symbol_kind/error"]),
        ("Số: 05/qđ-SYT", ["so_ky_hieu/number_form/error"]),
        ("Số:      /QĐ-SYT", []),
        ("Số: 266/QĐ-SYT", []),
    ])
    func numberForms(_ number: String, _ expected: [String]) {
        #expect(Self.rules(Self.document(number: number)) == expected)
    }

    @Test(arguments: [
        ("Đắk Lắk, ngày 5 tháng 01 năm 2025", ["dia_danh_ngay/date_form/error"]),
        ("Đắk Lắk, ngày 05 tháng 1 năm 2025", ["dia_danh_ngay/date_form/error"]),
        ("Đắk Lắk, ngày 15 tháng 03 năm 2025", ["dia_danh_ngay/date_form/error"]),
        ("Đắk Lắk, ngày 15 tháng 3 năm 2025", []),
        ("Đắk Lắk, ngày 04 tháng 12 năm 2024", []),
        ("Đắk Lắk, ngày      tháng      năm 2025", []),
    ])
    func dateForms(_ date: String, _ expected: [String]) {
        #expect(Self.rules(Self.document(date: date)) == expected)
    }

    @Test(arguments: [
        ("Độc lập-Tự do-Hạnh phúc", ["tieu_ngu/tieu_ngu_form/error"]),
        ("Độc lập – Tự do – Hạnh phúc", ["tieu_ngu/tieu_ngu_dash/warning"]),
        ("Độc lập - tự do - hạnh phúc", ["tieu_ngu/tieu_ngu_form/error"]),
    ])
    func mottoForms(_ motto: String, _ expected: [String]) {
        #expect(Self.rules(Self.document(motto: motto)) == expected)
    }

    @Test(arguments: [
        ("KT GIÁM ĐỐC", ["quyen_han_chuc_vu/authority_prefix/error"]),
        ("TM. ỦY BAN NHÂN DÂN", []),
        ("TL. GIÁM ĐỐC", []),
    ])
    func authorityPrefixes(_ authority: String, _ expected: [String]) {
        #expect(Self.rules(Self.document(authority: authority)) == expected)
    }

    @Test func archiveEntryAndSignerTitle() {
        #expect(Self.rules(Self.document(archive: "- Các phòng.")) == ["noi_nhan/archive_entry/error"])
        #expect(Self.rules(Self.document(name: "TS. Nguyễn Văn An")) == ["ho_ten_nguoi_ky/signer_title/error"])
    }

    @Test func findingLineIsVietnameseAndSaysWhatToDo() {
        let finding = FormatChecker.report(Self.document(number: "Số: 5/QĐ-SYT"), file: "qd.docx", printed: nil).findings[0]
        #expect(FindingText.line(finding, file: "qd.docx") == """
            qd.docx: trang 1, số, ký hiệu "Số: 5/QĐ-SYT": lỗi: số nhỏ hơn 10 phải ghi thêm số 0 phía trước \
            (hiện có: 5; cần: 05 — Phụ lục I, mục III.3).
            """)
    }
}
