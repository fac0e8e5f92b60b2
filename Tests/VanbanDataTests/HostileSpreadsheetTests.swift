import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanData
@testable import VanbanODF

/// Damaged or hostile `.xlsx` and `.ods` files: each ends with one located Vietnamese error,
/// never a crash, a hang or memory out of proportion.
@Suite struct HostileSpreadsheetTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A one-sheet workbook whose `sheetData` is `rows`; `shared` and `styles` add those parts.
    static func xlsx(_ rows: String, shared: String? = nil, styles: String? = nil) -> Data {
        var entries = [
            ZipBuilder.Entry("xl/workbook.xml", """
                <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ZipBuilder.Entry("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>
                """),
            ZipBuilder.Entry("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"),
        ]
        if let shared {
            entries.append(ZipBuilder.Entry("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(shared)</sst>"))
        }
        if let styles {
            entries.append(ZipBuilder.Entry("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        return ZipBuilder(entries).data
    }

    static let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>ho_ten</t></is></c><c r="B1" t="inlineStr"><is><t>ngay</t></is></c></row>"#

    func readXLSX(_ data: Data) throws(DataError) -> SheetTable {
        try SheetTable.read(data, path: "ds.xlsx", isODS: false, sheet: nil)
    }


    @Test func aGoodWorkbookIsRead() throws {
        let table = try readXLSX(Self.xlsx(Self.header + #"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>7</v></c></row>"#,
                                           shared: "<si><t>Đào</t></si>"))
        #expect(table.headers == ["ho_ten", "ngay"])
        #expect(table.rows == [["Đào", "7"]])
    }

    @Test(arguments: ["-1", "1", "99999999999999999999", "x"])
    func aSharedStringIndexOutsideTheListNamesTheCell(index: String) {
        let data = Self.xlsx(Self.header + #"<row r="2"><c r="A2" t="s"><v>\#(index)</v></c></row>"#,
                             shared: "<si><t>Đào</t></si>")
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô A2: trỏ tới chữ dùng chung số \(index.prefix(24)) nhưng tệp "
            + "không có chữ đó; tệp có thể bị hỏng. Hãy mở bằng Excel hoặc LibreOffice Calc và lưu lại.")
    }

    @Test func aMissingSharedStringsPartIsAnError() {
        let data = Self.xlsx(Self.header + #"<row r="3"><c r="B3" t="s"><v>0</v></c></row>"#)
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô B3: trỏ tới chữ dùng chung số 0 nhưng tệp "
            + "không có chữ đó; tệp có thể bị hỏng. Hãy mở bằng Excel hoặc LibreOffice Calc và lưu lại.")
    }

    @Test func aFormulaWithoutItsValueNamesTheCell() {
        let data = Self.xlsx(Self.header + #"<row r="7"><c r="C7"><f>SUM(A1:A2)</f></c></row>"#)
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô C7: công thức chưa được tính (tệp không lưu kết quả). "
            + "Hãy mở bằng Excel hoặc LibreOffice Calc, để bảng tính tính lại rồi lưu lại.")
    }

    @Test func aFormulaWithItsValueIsRead() throws {
        let table = try readXLSX(Self.xlsx(Self.header + #"<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>"#))
        #expect(table.rows == [["ab", ""]])
    }

    @Test(arguments: ["AAAAAAAAAAAAAAAAAAAA1", "XFE1", "ZZZZ2"])
    func aCellReferencePastTheLastColumnIsAnError(reference: String) {
        let data = Self.xlsx(Self.header + #"<row r="2"><c r="\#(reference)" t="inlineStr"><is><t>x</t></is></c></row>"#)
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô \(reference): địa chỉ ô \"\(reference)\" không hợp lệ "
            + "(quá cột XFD hoặc quá dòng 1048576); tệp có thể bị hỏng.")
    }

    @Test(arguments: ["9223372036854775807", "0", "1048577"])
    func aRowNumberPastTheLastRowIsAnError(row: String) {
        let data = Self.xlsx(Self.header + #"<row r="\#(row)"><c t="inlineStr"><is><t>x</t></is></c></row><row/>"#)
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô A\(row): địa chỉ ô \"\(row)\" không hợp lệ "
            + "(quá cột XFD hoặc quá dòng 1048576); tệp có thể bị hỏng.")
    }

    @Test(arguments: ["1e300", "NaN", "-5", "inf"])
    func aDateCellThatIsNoDayIsAnError(value: String) {
        let styles = #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>"#
        let data = Self.xlsx(Self.header + #"<row r="2"><c r="B2" s="1"><v>\#(value)</v></c></row>"#, styles: styles)
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: ô B2: ô kiểu ngày có giá trị \"\(value)\" không phải ngày "
            + "trên lịch. Hãy sửa ô này hoặc đổi sang kiểu chữ.")
    }

    @Test func styledEmptyCellsFarRightCostNothing() throws {
        let table = try readXLSX(Self.xlsx(Self.header + #"<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="XFD2" s="1"/></row>"#))
        #expect(table.rows == [["x", ""]])
    }

    @Test func tooManyCellsIsRefusedWithTheLimit() {
        // 150 rows each filled up to column XFD: 2,457,600 cells.
        let rows = (2...151).map { #"<row r="\#($0)"><c r="XFD\#($0)" t="inlineStr"><is><t>x</t></is></c></row>"# }.joined()
        #expect(thrownMessage { _ = try readXLSX(Self.xlsx(Self.header + rows)) } == "ds.xlsx: trang tính có hơn 2000000 ô "
            + "(đã đếm 2015234), quá giới hạn vanban đọc. Hãy chép danh sách sang một bảng tính mới chỉ gồm các dòng, cột cần dùng.")
    }

    @Test func sharedTextPastItsLimitIsRefused() {
        let big = String(repeating: "a", count: 1 << 20)
        let shared = String(repeating: "<si><t>\(big)</t></si>", count: 33)
        #expect(thrownMessage { _ = try readXLSX(Self.xlsx(Self.header, shared: shared)) }?
            .hasPrefix("ds.xlsx: phần chữ dùng chung quá lớn (hơn 33554432 byte") == true)
    }

    /// Millions of empty shared strings cost their count, not nothing: bounded too.
    @Test func aBombOfEmptySharedStringsIsRefused() {
        let shared = String(repeating: "<si/>", count: 3_000_000)
        #expect(thrownMessage { _ = try readXLSX(Self.xlsx(Self.header, shared: shared)) } == "ds.xlsx: phần chữ dùng chung quá lớn "
            + "(hơn 33554432 byte, đã đếm 33554448), quá giới hạn vanban đọc. "
            + "Hãy chép danh sách sang một bảng tính mới chỉ gồm các dòng, cột cần dùng.")
    }

    @Test func richAndPhoneticTextIsReadAsExcelShowsIt() throws {
        let shared = "<si><r><t>Nguyễn </t></r><r><rPr/><t>Đào</t></r><rPh><t>グエン</t></rPh></si>"
        let inline = #"<c r="B2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>"#
        let table = try readXLSX(Self.xlsx(Self.header + #"<row r="2"><c r="A2" t="s"><v>0</v></c>\#(inline)</row>"#,
                                           shared: shared))
        #expect(table.rows == [["Nguyễn Đào", "ab"]])
    }

    @Test func malformedSheetXMLIsLocated() {
        let data = Self.xlsx(Self.header + "<row r=\"2\"><c r=\"A2\"><v>1</c></row>")
        #expect(thrownMessage { _ = try readXLSX(data) }?.hasPrefix("ds.xlsx/xl/worksheets/sheet1.xml:1:") == true)
    }

    @Test func aPartInflatingFarBeyondItsSizeIsRefusedBeforeInflating() {
        var builder = ZipBuilder([ZipBuilder.Entry("xl/workbook.xml", "<x/>")])
        builder.entries[0].uncompressedSize = 4_000_000_000
        #expect(thrownMessage { _ = try readXLSX(builder.data) } == "ds.xlsx/xl/workbook.xml: tệp quá lớn (3814,7 MB, tối đa 64 MB). "
            + "Hãy chia nhỏ tài liệu hoặc kiểm tra xem có đúng là tệp văn bản không.")
    }

    @Test func aChangedByteFailsTheChecksum() {
        var data = Self.xlsx(Self.header)
        let range = data.range(of: Data("ho_ten".utf8))!
        data[range.lowerBound] = UInt8(ascii: "H")
        #expect(thrownMessage { _ = try readXLSX(data) } == "ds.xlsx: tệp nén (zip) bị hỏng ở phần \"xl/worksheets/sheet1.xml\": "
            + "mã kiểm tra (CRC) không khớp, dữ liệu đã bị thay đổi. Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    @Test func aTruncatedFileIsDamaged() {
        let data = Self.xlsx(Self.header)
        #expect(thrownMessage { _ = try readXLSX(data.prefix(data.count / 2)) } == "ds.xlsx: tệp nén (zip) bị hỏng ở mục lục của gói: "
            + "không tìm thấy mục lục ở cuối tệp (tệp bị cắt dở hoặc không phải zip). Hãy lấy lại tệp gốc, hoặc mở bằng LibreOffice và lưu lại.")
    }

    /// A changed byte anywhere in a real spreadsheet gives a table or one error; never a trap
    /// or an endless inflate (as ZIPFoundation did).
    @Test(arguments: ["danh-sach.xlsx", "danh-sach.ods"])
    func everyDamagedByteOfARealSpreadsheetEndsWithOneError(file: String) throws {
        let url = try #require(Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Fixtures"))
        let original = try Data(contentsOf: url)
        var refused = 0
        for position in stride(from: 0, to: original.count, by: 11) {
            var data = original
            data[position] ^= 0xA5
            do {
                _ = try SheetTable.read(data, path: file, isODS: file.hasSuffix(".ods"), sheet: nil)
            } catch {
                refused += 1
                #expect(error.description.hasPrefix(file))
                #expect(!error.description.contains("\n"))
            }
        }
        #expect(refused > 0)
    }

    /// The streamed parts keep the hardened settings: no DTD, so no entity bomb nor external file.
    @Test func aDoctypeInAStreamedPartIsRefused() {
        var builder = ZipBuilder([])
        let sheet = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>
            """
        let data = Self.xlsx("")
        let reader = try? ZipReader(data: data, limits: SheetTable.limits)
        builder.entries = (reader?.entries ?? []).compactMap { entry in
            guard let bytes = try? reader?.contents(of: entry) else { return nil }
            return entry.name == "xl/worksheets/sheet1.xml" ? ZipBuilder.Entry(entry.name, sheet) : ZipBuilder.Entry(entry.name, bytes)
        }
        #expect(thrownMessage { _ = try readXLSX(builder.data) } == "ds.xlsx/xl/worksheets/sheet1.xml:2: tệp có khai báo DTD "
            + "(<!DOCTYPE>), tệp văn phòng (ODF, Office) không bao giờ có; vì an toàn vanban không đọc tệp này.")
    }

    // MARK: .ods

    static func ods(_ rows: String) -> Data {
        ZipBuilder([
            ZipBuilder.Entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ZipBuilder.Entry("content.xml", """
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\
                <table:table table:name="DS"><table:table-row><table:table-cell><text:p>ho_ten</text:p></table:table-cell>\
                </table:table-row>\(rows)</table:table></office:spreadsheet></office:body></office:document-content>
                """),
        ]).data
    }

    func readODS(_ data: Data) throws(DataError) -> SheetTable {
        try SheetTable.read(data, path: "ds.ods", isODS: true, sheet: nil)
    }

    @Test(arguments: ["-1", "0", "-9223372036854775808", "x"])
    func aRepeatCountBelowOneNamesTheCell(count: String) {
        let columns = #"<table:table-row><table:table-cell table:number-columns-repeated="\#(count)"><text:p>a</text:p></table:table-cell></table:table-row>"#
        #expect(thrownMessage { _ = try readODS(Self.ods(columns)) } == "ds.ods: ô A2: số lần lặp \"\(count)\" không hợp lệ; "
            + "tệp có thể bị hỏng. Hãy mở bằng LibreOffice Calc và lưu lại.")
        let rows = #"<table:table-row table:number-rows-repeated="\#(count)"><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row>"#
        #expect(thrownMessage { _ = try readODS(Self.ods(rows)) } == "ds.ods: ô A2: số lần lặp \"\(count)\" không hợp lệ; "
            + "tệp có thể bị hỏng. Hãy mở bằng LibreOffice Calc và lưu lại.")
    }

    @Test func hugeRepeatCountsAreBounded() throws {
        let rows = #"<table:table-row table:number-rows-repeated="9223372036854775807"><table:table-cell table:number-columns-repeated="9223372036854775807"/></table:table-row>"#
            + #"<table:table-row table:number-rows-repeated="3"><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row>"#
        let table = try readODS(Self.ods(rows))
        #expect(table.rows == [["b"], ["b"], ["b"]])
    }

    @Test func repeatedFilledCellsPastTheCellLimitAreRefused() {
        let row = #"<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1000"><text:p>a</text:p></table:table-cell></table:table-row>"#
        #expect(thrownMessage { _ = try readODS(Self.ods(String(repeating: row, count: 3))) } == "ds.ods: trang tính có hơn 2000000 ô "
            + "(đã đếm 2000001), quá giới hạn vanban đọc. Hãy chép danh sách sang một bảng tính mới chỉ gồm các dòng, cột cần dùng.")
    }

    @Test func aCellOfMoreThanAMegabyteIsRefused() {
        let text = String(repeating: "a", count: (1 << 20) + 1)
        let rows = "<table:table-row><table:table-cell><text:p>\(text)</text:p></table:table-cell></table:table-row>"
        #expect(thrownMessage { _ = try readODS(Self.ods(rows)) }?.hasPrefix("ds.ods: một ô có chữ dài hơn 1048576 byte") == true)
    }

    @Test func typedCellsAndParagraphsAreRead() throws {
        let rows = #"<table:table-row><table:table-cell office:value-type="float" office:value="5"><text:p>5,00</text:p></table:table-cell>"#
            + #"<table:table-cell/><table:table-cell><text:p>a</text:p><text:p>b <text:span>c</text:span></text:p></table:table-cell></table:table-row>"#
        let archive = try ZipReader(data: Self.ods(rows), limits: SheetTable.limits)
        let cells = try ODSSheet(archive: archive, path: "ds.ods").cells(sheet: nil)
        #expect(cells == [["ho_ten"], ["5", "", "a\nb c"]])
    }
}
