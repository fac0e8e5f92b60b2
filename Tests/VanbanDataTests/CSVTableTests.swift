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

    @Test func excelExportWithBOMSemicolonsAndQuotedLineBreaks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "\u{FEFF}Họ và tên;Đơn vị;Số tiền\r\n\"Nguyễn Thị Đào\";\"Bệnh viện; tỉnh\";760.000\r\n\"Lê \"\"Cúc\"\"\";\"Trung tâm\nKSBT\";1.520.000\r\n"
        let file = try folder.write("ds.csv", text)
        let table = try CSVTable(url: file)
        #expect(table.delimiter == ";")
        #expect(table.fields == ["ho_va_ten", "don_vi", "so_tien"])
        let rows = Array(try table.rows())
        #expect(rows.count == 2)
        #expect(rows[0]["don_vi"] == .string("Bệnh viện; tỉnh"))
        #expect(rows[1]["ho_va_ten"] == .string("Lê \"Cúc\""))
        #expect(rows[1]["don_vi"] == .string("Trung tâm\nKSBT"))
    }

    @Test func commasAndMissingCellsAndLegacyFonts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ds.csv", "Họ tên,Đơn vị,Ghi chú\nNguyễn An,Së Y tÕ\nTrần Bình,Sở Y tế,x\n")
        let table = try CSVTable(url: file)
        var warnings: [DataWarning] = []
        let rows = Array(try table.rows { warnings.append($0) })
        #expect(rows[0]["ghi_chu"] == .string(""))
        #expect(rows[0]["don_vi"] == .string("Sở Y tế"))
        #expect(warnings.map(\.field) == ["don_vi"])
        #expect(warnings.first?.converted == .tcvn3)
        #expect(warnings.first?.line == 2)
    }

    @Test func aListInYAMLOrJSON() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let yaml = try RecordList(url: try folder.write("ds.yaml", "- {ho_ten: An}\n- {ho_ten: Bình}\n"))
        #expect(Array(try yaml.records()).count == 2)
        let wrapped = try RecordList(url: try folder.write("ds.json", #"{"nguoi": [{"ho_ten": "An"}]}"#))
        #expect(wrapped.fields == ["ho_ten"])
        #expect(throws: DataError.self) { try RecordList(url: try folder.write("x.yaml", "ho_ten: An")) }
    }
}
