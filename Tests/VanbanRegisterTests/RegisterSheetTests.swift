import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// The Phụ lục IV table: its rows, and the file LibreOffice opens and prints.
struct RegisterSheetTests {
    static let officeSuiteReady = Shell.which("soffice") != nil && Shell.which("pdftotext") != nil

    static func sampleEntries() -> [Entry] {
        let moment = TestClock.date("2026-03-02T09:00:00+07:00")
        return [
            Entry(series: "chung", year: 2026, number: 1, state: .issued, takenBy: "Trần Thị Bình", takenAt: moment,
                  symbol: "01/QĐ-SYT", date: CalendarDay(year: 2026, month: 3, day: 2),
                  details: DocumentDetails(kind: "QĐ", kindName: "Quyết định",
                                           summary: "Về việc khen thưởng tập thể, cá nhân năm 2025",
                                           signer: "Nguyễn Văn An", recipients: "Như Điều 3;\nLưu: VT, TCCB.",
                                           archiveHolder: "Phòng TCCB", copies: 7),
                  filePath: "/tmp/01-QĐ-SYT.fodt", sha256: "ab"),
            Entry(series: "chung", year: 2026, number: 2, state: .cancelled, takenBy: "Trần Thị Bình", takenAt: moment,
                  cancelledBy: "Trần Thị Bình", cancelledAt: moment, cancelReason: "Lấy nhầm"),
            Entry(series: "chung", year: 2026, number: 3, state: .reserved, takenBy: "Lê Văn Cường", takenAt: moment),
            Entry(series: "chung", year: 2025, number: 9, state: .reserved, takenBy: "x", takenAt: moment),
        ]
    }

    @Test func everyNumberOfTheYearHasItsRow() {
        let entries = Self.sampleEntries()
        #expect(RegisterSheet.cells(of: entries[0]) == [
            ["01/QĐ-SYT"], ["02/03/2026"], ["Quyết định Về việc khen thưởng tập thể, cá nhân năm 2025"],
            ["Nguyễn Văn An"], ["Như Điều 3;", "Lưu: VT, TCCB."], ["Phòng TCCB"], ["7"], [""], [""], [""],
        ])
        #expect(RegisterSheet.cells(of: entries[1]).last == ["Hủy số: Lấy nhầm (Trần Thị Bình)"])
        #expect(RegisterSheet.cells(of: entries[2]).first == ["03"])
        #expect(RegisterSheet.cells(of: entries[2]).last == ["Số dự kiến, chưa ban hành (Lê Văn Cường)"])
        let sheet = RegisterSheet(office: "SỞ Y TẾ", year: 2026, entries: entries)
        #expect(sheet.entries.count == 3)
        #expect(RegisterSheet.headings.count == 10)
    }

    @Test(.enabled(if: Jing.isAvailable, Jing.missingNote))
    func sheetIsValidODF13() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("so-di-2026.fods")
        try RegisterSheet(office: "SỞ Y TẾ <Đắk Lắk> & \"TTYT\"", year: 2026, entries: Self.sampleEntries()).write(to: file)
        #expect(try Jing.problems([file]) == [])
        #expect(try String(contentsOf: file, encoding: .utf8).contains("SỞ Y TẾ &lt;Đắk Lắk&gt; &amp; &quot;TTYT&quot;"))
    }

    @Test(.enabled(if: officeSuiteReady, "SKIPPED: soffice (libreoffice-calc-nogui) or pdftotext is not installed"))
    func libreOfficePrintsTheTableOnA4Landscape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("so-di-2026.fods")
        try RegisterSheet(office: "SỞ Y TẾ TỈNH ĐẮK LẮK", year: 2026, entries: Self.sampleEntries()).write(to: file)
        let check = try Shell.run("xmllint", ["--noout", file.path])
        #expect(check.status == 0, "\(check.error)")
        let pdf = try RegisterSheet.convertToPDF(file, into: folder.url)
        let text = try LibreOffice.pdfText(pdf)
        // pdftotext breaks the headings where the columns wrap them.
        for heading in ["SỞ Y TẾ TỈNH ĐẮK LẮK", "SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Năm 2026", "Số, ký hiệu", "tháng văn",
                        "Tên loại và trích yếu nội dung", "Người ký", "Nơi nhận văn bản", "Đơn vị, người",
                        "nhận bản lưu", "lượng", "chuyển", "Ký nhận", "Ghi chú", "(10)",
                        "01/QĐ-SYT", "02/03/2026 Quyết định Về việc khen thưởng", "Phòng TCCB", "Hủy số:"] {
            #expect(text.contains(heading), "PDF text lacks \(heading)")
        }
        let info = try Shell.run("pdfinfo", [pdf.path]).output
        // A4 landscape: 841.89 x 595.276 pts.
        #expect(info.contains("Page size:       841.89 x 595.3"), "\(info)")
        #expect(info.contains("Pages:           1"), "\(info)")
    }
}
