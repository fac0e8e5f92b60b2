import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

@Suite struct BatchCommandTests {
    static let list = "\u{FEFF}Họ và tên;Đơn vị;Số sổ vàng\n\"Nguyễn Thị Đào\";\"Bệnh viện tỉnh\";GK-1\nTrần Văn Bình;Sở Y tế;GK-2\nLê Thị Cúc;Sở Y tế;GK-3\n"

    @Test func oneFilePerRowNamedAndGrouped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra",
                                     "--ten-tep", "{{so_so_vang}}-{{ho_va_ten}}", "--nhom-theo", "don_vi"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains(/Đã ghi 3 tệp \(3 bản ghi\) trong \d+,\d giây\./), "\(result.error)")
        let grouped = try FileManager.default.contentsOfDirectory(atPath: folder.file("ra/Sở Y tế").path).sorted()
        #expect(grouped == ["GK-2-Trần Văn Bình.fodt", "GK-3-Lê Thị Cúc.fodt"])
        let text = try String(contentsOf: folder.file("ra/Bệnh viện tỉnh/GK-1-Nguyễn Thị Đào.fodt"), encoding: .utf8)
        #expect(text.contains("Tặng: Nguyễn Thị Đào") && text.contains("Số sổ vàng: GK-1"))
    }

    @Test func namesAreSanitisedAndUnique() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\n../../Etc/X,A,1\n../../Etc/X,A,1\n")
        let result = try Vanban.run(["batch", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra", "--file-name", "{{ho_va_ten}}"],
                                    in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["Etc-X-2.fodt", "Etc-X.fodt", "vanban-ds.tsv"])
    }

    @Test func everyBadRowIsReportedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A list without the names the template prints: one line for the missing column.
        let rows = (1...10).map { "Đơn vị \($0),\($0)" }.joined(separator: "\n")
        try folder.write("ds.csv", "Đơn vị,Số sổ vàng\n" + rows + "\n")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error == #"Lỗi: thiếu cột cho trường "ho_va_ten" — cả 10 dòng của ds.csv. Thêm cột, ghép cột bằng --cot ho_va_ten="tên cột", hoặc đặt trường trong --du-lieu-chung."# + "\n",
                "\(result.error)")
        // Records that each lack a field (a YAML list): one line per problem, naming them all.
        try folder.write("ds.yaml", (1...10).map { "- {don_vi: A, so_so_vang: '\($0)', ho_ten: Người \($0)}" }.joined(separator: "\n") + "\n")
        let records = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.yaml", "-o", "ra"], in: folder.url)
        #expect(records.status == 1)
        let lines = records.error.split(separator: "\n")
        #expect(lines.filter { $0.contains(#"thiếu trường "ho_va_ten""#) }.count == 1, "\(lines)")
        #expect(lines.contains { $0.contains(#"thiếu trường "ho_va_ten" ở 10 bản ghi (ds.yaml)"#) && $0.contains(#"Có phải "ho_ten"?"#) })
        #expect(records.error.contains("Không tệp nào được ghi."))
        #expect(try folder.contents() == ["ds.csv", "ds.yaml"])
    }

    @Test(arguments: ["fodt", "odt"])
    func everyRecordOfALongBatchLandsInItsOwnFile(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = (1...100).map { "Người số \($0),Đơn vị \($0),GK-\($0)" }.joined(separator: "\n")
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\n" + rows + "\n")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra",
                                     "--dinh-dang", format], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file("ra").path).sorted()
        #expect(names == (1...100).map { String(format: "%03d.%@", $0, format) } + ["vanban-ds.tsv"])
        for number in [1, 32, 33, 64, 65, 100] {
            let document = try Document(contentsOf: folder.file(String(format: "ra/%03d.%@", number, format)))
            let text = String(decoding: document.fodtData(), as: UTF8.self)
            #expect(text.contains("Tặng: Người số \(number)<") && text.contains("Số sổ vàng: GK-\(number)<"))
        }
    }

    /// A file that cannot be written (its name is taken by a folder) stops the batch with a
    /// message naming it before any file is put in place: the folder is left as it was, with
    /// no temporary file behind.
    @Test func aFileThatCannotBeWrittenStopsTheBatch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = (1...100).map { "Người số \($0),Đơn vị,GK-\($0)" }.joined(separator: "\n")
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\n" + rows + "\n")
        try FileManager.default.createDirectory(at: folder.file("ra/040.fodt"), withIntermediateDirectories: true)
        try folder.write("ra/040.fodt/x", "giữ chỗ")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("040.fodt"), "\(result.error)")
        #expect(result.error.contains("đã có một thư mục trùng tên"), "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["040.fodt"])
    }

    @Test func oneFileWithAPageEach() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "--mot-tep", "-o", "ra/tat-ca.fodt"],
                                    in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "ra/tat-ca.fodt\n")
        let text = try String(contentsOf: folder.file("ra/tat-ca.fodt"), encoding: .utf8)
        #expect(text.components(separatedBy: "GIẤY KHEN").count - 1 == 3)
        #expect(try Vanban.run(["kiem-tra", "ra/tat-ca.fodt"], in: folder.url).status == 0)
        // Each record's pages are numbered from 1: records 2 and 3 start with the style that
        // restarts the count (defined once, used twice); --danh-so-lien keeps one running count.
        #expect(text.components(separatedBy: #"_5f_1""#).count - 1 == 3)
        let running = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "--mot-tep", "-o", "lien.fodt",
                                      "--danh-so-lien"], in: folder.url)
        #expect(running.status == 0, "\(running.error)")
        #expect(try String(contentsOf: folder.file("lien.fodt"), encoding: .utf8).components(separatedBy: #"_5f_1""#).count - 1 == 1)
    }

    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func pdfThroughOneLibreOfficeRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        let separate = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra", "--dinh-dang", "pdf"],
                                      in: folder.url)
        #expect(separate.status == 0, "\(separate.error)")
        #expect(try folder.contents(of: "ra") == ["001.pdf", "002.pdf", "003.pdf", "vanban-ds.tsv"])
        #expect(try LibreOffice.pdfText(folder.file("ra/003.pdf")).contains("Tặng: Lê Thị Cúc"))
        let one = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "--mot-tep", "-o", "mot",
                                  "--dinh-dang", "pdf"], in: folder.url)
        #expect(one.status == 0, "\(one.error)")
        #expect(try LibreOffice.pageCount(folder.file("mot/giay-khen.pdf")) == 3)
        #expect(try LibreOffice.pdfText(folder.file("mot/giay-khen.pdf")).contains("Tặng: Trần Văn Bình"))
    }
}

@Suite struct BatchSpreadsheetTests {
    @Test func anExcelListWithItsFieldsPreviewed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let preview = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, Vanban.fixture("danh-sach.xlsx").path,
                                      "--xem-truoc", "-o", folder.file("ra").path])
        #expect(preview.status == 0)
        #expect(preview.output.contains("danh-sach.xlsx: 3 bản ghi, dòng tiêu đề là dòng 1."))
        #expect(preview.output.contains(#"A "Họ và tên" → {{ho_va_ten}}  ví dụ: Nguyễn Thị Đào"#))
        #expect(preview.output.contains(#"B "Ngày quyết định" → {{ngay_quyet_dinh}} (mẫu không dùng)  ví dụ: 04/12/2024"#))
        #expect(preview.output.contains("{{so_so_vang}}: KHÔNG có cột nào"))
        #expect(try folder.contents() == [], "a preview writes nothing")

        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, Vanban.fixture("danh-sach.xlsx").path,
                                     "-o", folder.file("ra").path, "--ten-tep", "{{ho_va_ten}}", "--cho-phep-thieu"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("ra").path).sorted()
                == ["Lê Thị Cúc.fodt", "Nguyễn Thị Đào.fodt", "Trần Văn Bình.fodt", "vanban-ds.tsv"])
    }
}
