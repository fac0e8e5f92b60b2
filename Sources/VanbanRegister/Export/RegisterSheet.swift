import Foundation
import VanbanODF

/// The register of a year as the Phụ lục IV table ("Mẫu sổ đăng ký văn bản đi", NĐ 30/2020):
/// a Flat ODF spreadsheet (.fods) on A4 landscape, one sheet per series, the ten columns with
/// their numbers repeated on every page, ready to print and bind.
///
/// Every number of the year has its row, so the bound register shows no gap: issued documents
/// in full, cancelled numbers with "Hủy số" and the reason in Ghi chú, numbers still reserved
/// with "Số dự kiến, chưa ban hành".
public struct RegisterSheet: Sendable {
    /// The ten headings of Phụ lục IV, in order.
    public static let headings = [
        "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
        "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
        "Ngày chuyển", "Ký nhận", "Ghi chú",
    ]
    /// Column widths in centimetres; they fill A4 landscape between 2 cm and 1.5 cm margins.
    static let widths = [2.6, 2.0, 5.6, 2.6, 3.2, 2.4, 1.4, 1.8, 1.8, 2.8]

    /// The office's name, printed above the title (may be empty).
    public var office: String
    /// The year.
    public var year: Int
    /// The entries of that year, all series mixed; each series gets its sheet.
    public var entries: [Entry]

    /// A sheet for a year's entries.
    public init(office: String, year: Int, entries: [Entry]) {
        self.office = office.precomposedStringWithCanonicalMapping
        self.year = year
        self.entries = entries.filter { $0.year == year }
    }

    /// The row of an entry: the ten cells, each a list of lines.
    public static func cells(of entry: Entry) -> [[String]] {
        let number = SymbolPattern.numberText(entry.number)
        switch entry.state {
        case .issued:
            let details = entry.details
            let title = [details?.kindName ?? "", details?.summary ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            return [[entry.symbol ?? number], [entry.date?.description ?? ""], [title],
                    [details?.signer ?? ""], lines(details?.recipients ?? ""), lines(details?.archiveHolder ?? ""),
                    [details.map { String($0.copies) } ?? ""], [""], [""], lines(details?.note ?? "")]
        case .cancelled:
            var note = "Hủy số"
            if let reason = entry.cancelReason, !reason.isEmpty { note += ": \(reason)" }
            if let by = entry.cancelledBy, !by.isEmpty { note += " (\(by))" }
            return [[number], [""], [""], [""], [""], [""], [""], [""], [""], [note]]
        case .reserved:
            return [[number], [""], [""], [""], [""], [""], [""], [""], [""],
                    ["Số dự kiến, chưa ban hành (\(entry.takenBy))"]]
        }
    }

    /// The .fods document.
    public func flatODS() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
            xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
            office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:font-face-decls><style:font-face style:name="Times New Roman" \
            svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/></office:font-face-decls>
            <office:styles><style:default-style style:family="table-cell"><style:paragraph-properties \
            fo:text-align="start"/><style:text-properties style:font-name="Times New Roman" fo:font-size="11pt"/>\
            </style:default-style></office:styles>
            <office:automatic-styles>
            <style:page-layout style:name="A4Landscape"><style:page-layout-properties fo:page-width="29.7cm" \
            fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" \
            fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="1.5cm" style:print-page-order="ttb" \
            style:first-page-number="continue" style:scale-to="100%"/><style:header-style/><style:footer-style>\
            <style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style>\
            </style:page-layout>
            <style:style style:name="Sheet" style:family="table" style:master-page-name="Register">\
            <style:table-properties table:display="true"/></style:style>

            """
        for (index, width) in Self.widths.enumerated() {
            xml += "<style:style style:name=\"c\(index + 1)\" style:family=\"table-column\">"
            xml += "<style:table-column-properties style:column-width=\"\(width)cm\"/></style:style>\n"
        }
        xml += """
            <style:style style:name="Row" style:family="table-row"><style:table-row-properties \
            style:use-optimal-row-height="true"/></style:style>
            <style:style style:name="Title" style:family="table-cell"><style:paragraph-properties \
            fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
            <style:style style:name="Subtitle" style:family="table-cell"><style:paragraph-properties \
            fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-style="italic"/></style:style>
            <style:style style:name="Office" style:family="table-cell"><style:text-properties \
            fo:font-size="12pt" fo:font-weight="bold"/></style:style>
            <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties \
            fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" \
            fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="center"/><style:text-properties \
            fo:font-weight="bold"/></style:style>
            <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties \
            fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top" \
            fo:padding="0.05cm"/></style:style>
            <style:style style:name="Centre" style:family="table-cell">\
            <style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" \
            style:vertical-align="top" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="center"/>\
            </style:style>
            </office:automatic-styles>
            <office:master-styles><style:master-page style:name="Register" style:page-layout-name="A4Landscape">\
            <style:header style:display="false"/><style:footer><text:p>Trang <text:page-number>1</text:page-number>\
            </text:p></style:footer><style:footer-left style:display="false"/></style:master-page></office:master-styles>
            <office:body><office:spreadsheet>

            """
        let seriesNames = entries.map(\.series).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for name in seriesNames.isEmpty ? [""] : seriesNames {
            xml += sheet(series: name, entries: entries.filter { $0.series == name }.sorted { $0.number < $1.number })
        }
        xml += "</office:spreadsheet></office:body></office:document>\n"
        return xml
    }

    /// Writes the .fods to a file (through a temporary name, so a reader never sees half a file).
    public func write(to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try Data(flatODS().utf8).write(to: temporary)
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
        } else {
            try FileManager.default.moveItem(at: temporary, to: url)
        }
    }

    private func sheet(series: String, entries: [Entry]) -> String {
        let name = series.isEmpty ? "Sổ đi \(year)" : "\(series) \(year)"
        var xml = "<table:table table:name=\"\(Self.escape(String(name.prefix(31))))\" table:style-name=\"Sheet\">\n"
        for index in Self.widths.indices {
            xml += "<table:table-column table:style-name=\"c\(index + 1)\"/>\n"
        }
        if !office.isEmpty { xml += spanningRow(office, style: "Office") }
        xml += spanningRow("SỔ ĐĂNG KÝ VĂN BẢN ĐI", style: "Title")
        let seriesText = series.isEmpty ? "" : " – hệ thống số \"\(series)\""
        xml += spanningRow("Năm \(year)\(seriesText)", style: "Subtitle")
        xml += "<table:table-header-rows>\n"
        xml += row(Self.headings.map { [$0] }, styles: Array(repeating: "Head", count: 10))
        xml += row((1...10).map { ["(\($0))"] }, styles: Array(repeating: "Head", count: 10))
        xml += "</table:table-header-rows>\n"
        let styles = ["Cell", "Centre", "Cell", "Cell", "Cell", "Cell", "Centre", "Centre", "Cell", "Cell"]
        for entry in entries {
            xml += row(Self.cells(of: entry), styles: styles)
        }
        xml += "</table:table>\n"
        return xml
    }

    private func spanningRow(_ text: String, style: String) -> String {
        "<table:table-row table:style-name=\"Row\"><table:table-cell table:style-name=\"\(style)\" "
            + "office:value-type=\"string\" table:number-columns-spanned=\"10\" table:number-rows-spanned=\"1\">"
            + "<text:p>\(Self.escape(text))</text:p></table:table-cell>"
            + "<table:covered-table-cell table:number-columns-repeated=\"9\"/></table:table-row>\n"
    }

    private func row(_ cells: [[String]], styles: [String]) -> String {
        var xml = "<table:table-row table:style-name=\"Row\">"
        for (cell, style) in zip(cells, styles) {
            xml += "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"string\">"
            for line in cell { xml += "<text:p>\(Self.escape(line))</text:p>" }
            xml += "</table:table-cell>"
        }
        return xml + "</table:table-row>\n"
    }

    private static func lines(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return lines.isEmpty ? [""] : lines
    }

    /// `text` for a cell: NFC, tabs and line ends as spaces, other control characters (not
    /// allowed in XML 1.0) dropped, XML-escaped.
    static func escape(_ text: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value >= 0x20 { cleaned.append(scalar) } else if ["\t", "\n", "\r"].contains(scalar) { cleaned.append(" ") }
        }
        return SafeText.escape(String(cleaned))
    }
}
