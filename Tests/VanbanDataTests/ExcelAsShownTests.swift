import Foundation
import Testing
import VanbanData

/// Lists as clerks make them in Excel and Calc (Fixtures/excel, made by
/// scripts/make-excel-fixtures.py with openpyxl, some re-saved by LibreOffice Calc): what the
/// clerk sees is what is read. Each file's expected outcome is in Fixtures/excel/expected.json.
@Suite struct ExcelAsShownTests {
    struct Expected: Decodable {
        var sheet: String?
        var header_rows: [Int]?
        var records: Int?
        var record_rows: [Int]?
        var names: [String]?
        var left_out: [String: [Int]]?
        var doi_tuong: [String]?
        var don_vi: [String]?
        var amounts: [Int]?
        var group: [String]?
        var ids: [String: [String]]?
        var dates: [String: [String]]?
        var error: ErrorExpectation?
        var same_as: String?
        var message_contains: MessageText?
    }

    struct ErrorExpectation: Decodable {
        var rows: [Int]?
        var message_contains: [String]?
    }

    /// One string or several.
    struct MessageText: Decodable {
        var texts: [String]
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { texts = [one] } else { texts = try container.decode([String].self) }
        }
    }

    static let folder = Bundle.module.url(forResource: "excel", withExtension: nil, subdirectory: "Fixtures")!
    static let all: [String: Expected] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try! JSONDecoder().decode([String: Expected].self, from: data)
    }()

    /// A file's expectation, a Calc re-save taking its source's.
    static func expected(_ file: String) -> Expected {
        let entry = all[file]!
        guard let source = entry.same_as else { return entry }
        var merged = all[source]!
        if file.hasSuffix(".ods") || file.hasPrefix("calc-") { merged.sheet = nil }
        return merged
    }

    /// The fields a Giấy khen or an award list asks of a list.
    static let fields = ["stt", "ho_ten", "chuc_vu", "don_vi", "doi_tuong", "hinh_thuc", "so_tien", "gioi_tinh",
                         "ngay_sinh", "so_cccd", "dien_thoai"]

    static let readable = all.keys.filter { !$0.hasPrefix("short-values") }.filter { all[$0]?.error == nil && (all[$0]?.same_as.map { all[$0]?.error == nil } ?? true) }.sorted()

    @Test(arguments: readable)
    func readAsTheClerkSeesIt(file: String) throws {
        let expected = Self.expected(file)
        let list = try RecordList(url: Self.folder.appendingPathComponent(file), expectedFields: Self.fields)
        var warnings: [DataWarning] = []
        let records = try list.allRecords { warnings.append($0) }
        if let sheet = expected.sheet { #expect(list.sheet == sheet) }
        if let rows = expected.header_rows { #expect(list.headerRows == rows) }
        if let count = expected.records { #expect(records.count == count) }
        if let rows = expected.record_rows { #expect(records.map(\.row) == rows) }
        if let names = expected.names { #expect(records.map { $0.value["ho_ten"]?.text ?? "" } == names) }
        if let kinds = expected.doi_tuong { #expect(records.map { $0.value["doi_tuong"]?.text ?? "" } == kinds) }
        if let units = expected.don_vi { #expect(records.map { $0.value["don_vi"]?.text ?? "" } == units) }
        if let groups = expected.group { #expect(records.map { $0.value["nhom"]?.text ?? "" } == groups) }
        if let amounts = expected.amounts { #expect(records.map { $0.value["so_tien"]?.text ?? "" } == amounts.map(String.init)) }
        for (field, values) in expected.ids ?? [:] {
            #expect(records.map { $0.value[field]?.text ?? "" } == values, "\(field)")
        }
        for (field, values) in expected.dates ?? [:] {
            #expect(records.map { $0.value[field]?.text ?? "" } == values, "\(field)")
        }
        for (reason, rows) in expected.left_out ?? [:] where !rows.isEmpty {
            guard let kind = DataWarning.LeftOutReason(rawValue: reason) else { continue }
            let said = warnings.compactMap { warning -> [Int]? in
                if case .rowsLeftOut(kind, let rows) = warning.kind { return rows }
                return nil
            }
            #expect(said == [rows], "\(reason)")
        }
        for text in expected.message_contains?.texts ?? [] {
            #expect(warnings.contains { $0.description.contains(text) }, "\(text)")
        }
    }

    @Test func aRowWithValuesButNoNameIsRefusedWithItsRow() throws {
        let url = Self.folder.appendingPathComponent("empty-name.xlsx")
        let list = try RecordList(url: url, expectedFields: ["gioi_tinh", "ho_ten", "chuc_vu", "don_vi"])
        let error = #expect(throws: DataError.self) { try list.allRecords() }
        #expect(error == .missingNames(path: url.relativePath, heading: "Họ và tên", rows: [7]))
    }

    @Test func aWorkbookWithoutAListSheetNamesItsSheets() throws {
        let url = Self.folder.appendingPathComponent("multi-sheet-nomatch.xlsx")
        let error = #expect(throws: DataError.self) { try RecordList(url: url, expectedFields: Self.fields) }
        #expect(error == .noListSheet(path: url.relativePath, sheets: ["Ghi chú", "Biểu đồ"]))
        #expect(error?.description.contains("--trang-tinh") == true)
    }

    /// Row 9 (5, A, B, 1, 5) is never dropped as a numbering row: its Đơn vị "1" has no letter, so
    /// it is refused with its row; the numbering row under the header is passed over.
    @Test func aShortRowInTheMiddleIsNeverDropped() throws {
        for file in ["short-values.xlsx", "short-values.csv"] {
            let url = Self.folder.appendingPathComponent(file)
            let list = try RecordList(url: url, expectedFields: Self.fields)
            #expect(list.numberingRow == 4)
            let error = #expect(throws: DataError.self) { try list.allRecords() }
            #expect(error == .notNames(path: url.relativePath, heading: "Đơn vị", rows: [9], texts: ["1"]), "\(file)")
        }
    }

    @Test func aHiddenColumnIsNoColumn() throws {
        let url = Self.folder.appendingPathComponent("hidden-column.xlsx")
        let list = try RecordList(url: url, expectedFields: ["ho_ten", "ghi_chu_noi_bo"])
        #expect(list.columns?.column(for: "ghi_chu_noi_bo") == nil)
        #expect(try ListCheck.missingColumns(in: list, expected: ["ho_ten", "ghi_chu_noi_bo"]).count == 1)
    }

    @Test func anEmptyCellOfAFieldPrintedForEveryoneIsAnError() throws {
        // The tập thể of row 5 has no Chức vụ: a template printing it for everyone is refused.
        let url = Self.folder.appendingPathComponent("merged-header.xlsx")
        let list = try RecordList(url: url, expectedFields: Self.fields, requiredFields: ["ho_ten", "chuc_vu"])
        let error = #expect(throws: DataError.self) { try list.allRecords() }
        #expect(error == .emptyCells(path: url.relativePath, heading: "Chức vụ", field: "chuc_vu", rows: [5]))
        #expect(error?.description.contains("cột \"Chức vụ\": 1 ô để trống (dòng 5)") == true)
        // The common data's value (a sample, another person's) never fills a record's empty cell.
        let common = try RecordList(url: url, common: .object(["chuc_vu": .string("Giám đốc")]),
                                    expectedFields: Self.fields, requiredFields: ["chuc_vu"])
        #expect(throws: DataError.emptyCells(path: url.relativePath, heading: "Chức vụ", field: "chuc_vu", rows: [5])) {
            try common.allRecords()
        }
        let optional = try RecordList(url: url, common: .object(["chuc_vu": .string("Giám đốc")]), expectedFields: Self.fields)
        #expect(try optional.allRecords().first?.value["chuc_vu"] == .string(""))
    }

    @Test func aVisibleRowStruckThroughIsRefused() throws {
        let url = Self.folder.appendingPathComponent("struck-visible.xlsx")
        let list = try RecordList(url: url, expectedFields: Self.fields)
        let error = #expect(throws: DataError.self) { try list.allRecords() }
        #expect(error == .struckRows(path: url.relativePath, rows: [7]))
        #expect(error?.description.contains("1 dòng bị gạch ngang (dòng 7)") == true)
    }

    @Test func aFormulaThatFailedIsRefusedWithItsCell() throws {
        let url = Self.folder.appendingPathComponent("formula-error.xlsx")
        let error = #expect(throws: DataError.self) { try RecordList(url: url, expectedFields: Self.fields).allRecords() }
        #expect(error == .badCell(path: url.relativePath, cell: "D6", problem: .formulaError("#N/A")))
    }

    @Test func aNameWithoutALetterIsRefused() throws {
        let url = Self.folder.appendingPathComponent("shifted-name.xlsx")
        let error = #expect(throws: DataError.self) { try RecordList(url: url, expectedFields: Self.fields).allRecords() }
        #expect(error == .notNames(path: url.relativePath, heading: "Họ và tên", rows: [6], texts: ["3"]))
    }

    @Test func aNoteUnderTheTableAndARowOfNoHeightAreNoRecords() throws {
        let url = Self.folder.appendingPathComponent("notes-below.xlsx")
        let list = try RecordList(url: url, expectedFields: Self.fields)
        let records = try list.allRecords()
        #expect(records.map(\.row) == Self.expected("notes-below.xlsx").record_rows)
        #expect(list.hiddenRows == [6])
    }

    /// "Cộng: 2 người" and "Cộng mục I" are subtotals; "Công Văn An", a name in the first column, is not.
    @Test func aSubtotalIsNoPersonAndAPersonNoSubtotal() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cong-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("Họ và tên,Đơn vị,Số tiền\nCông Văn An,Khoa A,760000\nCộng mục I,,760000\nLê Thị Bình,Khoa A,760000\nCộng: 2 người,,1520000\n".utf8)
            .write(to: file)
        var warnings: [DataWarning] = []
        let records = try RecordList(url: file, expectedFields: ["ho_ten", "don_vi", "so_tien"]).allRecords { warnings.append($0) }
        #expect(records.map { $0.value["ho_ten"]?.text ?? "" } == ["Công Văn An", "Lê Thị Bình"])
        #expect(warnings.contains { $0.kind == .rowsLeftOut(.total, rows: [3, 5]) })
    }

    @Test func invisibleCharactersAreTakenOutAndSaidOnce() throws {
        let url = Self.folder.appendingPathComponent("invisible-chars.xlsx")
        let list = try RecordList(url: url, expectedFields: Self.fields)
        var warnings: [DataWarning] = []
        let records = try list.allRecords { warnings.append($0) }
        for record in records {
            let text = (record.value["ho_ten"]?.text ?? "") + (record.value["don_vi"]?.text ?? "")
            #expect(!text.unicodeScalars.contains(where: InvisibleCharacters.isInvisible))
        }
        let said = warnings.filter { if case .invisibleCharacters = $0.kind { true } else { false } }
        #expect(said.count == 1)
        #expect(said.first?.kind == .invisibleCharacters(rows: [4, 5, 6, 7, 8, 9]))
    }
}
