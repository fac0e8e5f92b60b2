import Foundation
import Testing
import VanbanData
import VanbanRules
import VanbanTestSupport

@Suite struct CSVTableTests {
    @Test(arguments: [("Họ và tên", "ho_va_ten"), ("Số tiền (đồng)", "so_tien_dong"), ("  ĐƠN VỊ ", "don_vi"),
                      ("STT", "stt"), ("Số sổ vàng", "so_so_vang"), ("Ghi chú / Note", "ghi_chu_note"), ("!!", "cot")])
    func headersBecomeFieldNames(header: String, field: String) {
        #expect(FieldName.normalize(header) == field)
    }

    /// All rows of a CSV text, read at the byte level.
    static func rows(_ text: String, _ name: String = "ds.csv") throws -> (CSVTable, [TableRow]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let table = try CSVTable(url: try folder.write(name, text))
        var rows = table.rows()
        var all: [TableRow] = []
        while let row = try rows.next() { all.append(row) }
        return (table, all)
    }

    @Test func excelExportWithBOMSemicolonsAndQuotedLineBreaks() throws {
        let text = "\u{FEFF}Họ và tên;Đơn vị;Số tiền\r\n\"Nguyễn Thị Đào\";\"Bệnh viện; tỉnh\";760.000\r\n\"Lê \"\"Cúc\"\"\";\"Trung tâm\nKSBT\";1.520.000\r\nAn;;\r\n"
        let (table, rows) = try Self.rows(text)
        #expect(table.delimiter == ";")
        #expect(table.encoding == .utf8)
        #expect(rows == [
            TableRow(row: 1, cells: ["Họ và tên", "Đơn vị", "Số tiền"]),
            TableRow(row: 2, cells: ["Nguyễn Thị Đào", "Bệnh viện; tỉnh", "760.000"]),
            TableRow(row: 3, cells: ["Lê \"Cúc\"", "Trung tâm\nKSBT", "1.520.000"]),
            TableRow(row: 4, cells: ["An", "", ""]),
        ])
    }

    @Test(arguments: [("a,b;c\n1,2;3\n", ",", 2), ("a;b;c,d\n1;2;3,4\n", ";", 3), ("a\tb,c\n1\t2,3\n", "\t", 2), ("abc\n", ",", 1)]
          as [(String, String, Int)])
    func theDelimiterIsTheOneSeenMost(text: String, delimiter: String, cells: Int) throws {
        let (table, rows) = try Self.rows(text)
        #expect(table.delimiter == Unicode.Scalar(delimiter))
        #expect(rows[0].cells.count == cells)
    }

    @Test func blankLinesAreRowsAndThirtyThousandOfThemDoNotOverflowTheStack() throws {
        let text = "Họ tên,Đơn vị\n" + String(repeating: "\r\n", count: 30_000) + "An,Khoa Nhi\n"
        let (_, rows) = try Self.rows(text)
        #expect(rows.count == 30_002)
        #expect(rows.last == TableRow(row: 30_002, cells: ["An", "Khoa Nhi"]))
        let list = try RecordList(url: try TemporaryFolder().write("ds.csv", text))
        let records = try list.allRecords()
        #expect(records.map(\.row) == [30_002])
    }

    @Test func aQuoteNeverClosedIsAnErrorAtTheRowItOpened() throws {
        let error = #expect(throws: DataError.self) { try Self.rows("Họ tên,Ghi chú\nAn,ok\nBình,\"chưa đóng\nCúc,x\n") }
        guard case .unclosedQuote(_, let row)? = error else {
            Issue.record("expected an unclosed quote, got \(String(describing: error))")
            return
        }
        #expect(row == 3)
        #expect(error?.description.hasSuffix(", dòng 3: dấu ngoặc kép mở ở dòng này không được đóng đến cuối tệp.") == true)
    }

    @Test func aRowWiderThanTheHeaderIsAnErrorNotACutRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "Họ tên,Đơn vị\nAn,Khoa Nhi,,\nBình,Khoa Nội, tỉnh Đắk Lắk\n")
        let list = try RecordList(url: file)
        let error = #expect(throws: DataError.self) { try list.allRecords() }
        #expect(error == .extraCells(path: file.relativePath, row: 3, cells: 3, columns: 2))
        #expect(error?.description == "\(file.relativePath), dòng 3: có 3 ô, nhiều hơn 2 cột của dòng tiêu đề. "
            + "Kiểm tra dấu phân cách trong ô (đặt ô trong ngoặc kép) hoặc thêm tên cột.")
    }

    @Test func legacyFontsAreConvertedAndReportedOncePerColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = try RecordList(url: try folder.write("ds.csv", "Họ tên,Đơn vị,Ghi chú\nNguyễn An,Së Y tÕ\nTrần Bình,Së Y tÕ,x\n"))
        var warnings: [DataWarning] = []
        let records = try list.allRecords { warnings.append($0) }
        #expect(records[0].value["ghi_chu"] == .string(""))
        #expect(records[0].value["don_vi"] == .string("Sở Y tế"))
        #expect(warnings.map(\.field) == ["don_vi"])
        #expect(warnings.first?.converted == .tcvn3)
        #expect(warnings.first?.line == 2)
    }

    @Test func aListInYAMLOrJSON() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let yaml = try RecordList(url: try folder.write("ds.yaml", "- {ho_ten: An}\n- {ho_ten: Bình}\n"))
        #expect(try yaml.allRecords().map(\.row) == [1, 2])
        let wrapped = try RecordList(url: try folder.write("ds.json", #"{"nguoi": [{"ho_ten": "An"}]}"#))
        #expect(wrapped.fields == ["ho_ten"])
        #expect(throws: DataError.self) { try RecordList(url: try folder.write("x.yaml", "ho_ten: An")) }
    }
}
