import Foundation
import Testing
import VanbanTestSupport

/// Separate PDFs from a batch, made the fast way: the records as pages of one document,
/// converted once, cut at each record's named destination.
@Suite struct SeparatePDFTests {
    /// A one-page-per-record template (A4, 12 pt) whose footer prints the page number; a long
    /// `noi_dung` runs onto a second page.
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph">
           <style:text-properties fo:font-size="12pt"/>
          </style:style>
         </office:styles>
         <office:automatic-styles>
          <style:page-layout style:name="pm1">
           <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" \
        fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
          </style:page-layout>
          <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
         </office:automatic-styles>
         <office:master-styles>
          <style:master-page style:name="Standard" style:page-layout-name="pm1">
           <style:footer><text:p text:style-name="Standard">Trang <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
          </style:master-page>
         </office:master-styles>
         <office:body>
          <office:text>
           <text:p text:style-name="P1">Người nhận: {{ho_ten}}</text:p>
           <text:p text:style-name="P1">{{noi_dung}}</text:p>
          </office:text>
         </office:body>
        </office:document>
        """

    /// `count` records; those whose number is in `long` get 70 paragraphs (two pages).
    static func list(_ count: Int, long: Set<Int> = []) -> String {
        let records = (1...count).map { number -> String in
            let text = long.contains(number)
                ? (1...70).map { "Dòng \($0) của người \(number)" }.joined(separator: "\\n\\n")
                : "Nội dung ngắn \(number)"
            return #"{"ho_ten": "Người \#(number)", "noi_dung": "\#(text)"}"#
        }
        return "[" + records.joined(separator: ",\n") + "]\n"
    }

    /// The text of each page of `pdf` (pdftotext puts a form feed after each page).
    static func pages(_ pdf: URL) throws -> [String] {
        Array(try LibreOffice.pdfText(pdf).components(separatedBy: "\u{0C}").dropLast())
    }

    @Test(.enabled(if: LibreOffice.isAvailable && Shell.which("qpdf") != nil, LibreOffice.missingNote))
    func recordsOfOneAndTwoPagesEachGetTheirOwnPDF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mau.fodt", Self.template)
        try folder.write("ds.json", Self.list(5, long: [2, 3]))
        let result = try Vanban.run(["hang-loat", "mau.fodt", "ds.json", "-o", "ra", "--dinh-dang", "pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["001.pdf", "002.pdf", "003.pdf", "004.pdf", "005.pdf", "vanban-ds.tsv"])
        for number in 1...5 {
            let pdf = folder.file("ra/00\(number).pdf")
            let pages = try Self.pages(pdf)
            let long = number == 2 || number == 3
            #expect(pages.count == (long ? 2 : 1), "record \(number)")
            #expect(pages.first?.contains("Người nhận: Người \(number)") == true, "record \(number)")
            // Each record's pages are numbered from 1.
            #expect(pages.first?.contains("Trang 1") == true, "record \(number): \(pages.first ?? "")")
            if long {
                #expect(pages.last?.contains("Trang 2") == true)
                #expect(pages.last?.contains("Dòng 70 của người \(number)") == true)
            } else {
                #expect(pages.first?.contains("Nội dung ngắn \(number)") == true)
            }
            // Cut out of a merged PDF by qpdf: the document-level information of LibreOffice's
            // PDF is not carried (a file converted alone would have /Info).
            let trailer = try Shell.run("qpdf", ["--show-object=trailer", pdf.path]).output
            #expect(!trailer.contains("/Info"))
        }
        // The manifest holds each final PDF's SHA-256.
        let manifest = try String(contentsOf: folder.file("ra/vanban-ds.tsv"), encoding: .utf8)
        let lines = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.map { $0[1] } == ["001.pdf", "002.pdf", "003.pdf", "004.pdf", "005.pdf"])
        let hash = try Shell.run("sha256sum", [folder.file("ra/003.pdf").path]).output.prefix(64)
        #expect(lines[2][2] == String(hash))
    }

    @Test(.enabled(if: LibreOffice.isAvailable && Shell.which("qpdf") != nil, LibreOffice.missingNote))
    func threeHundredRecordsGiveThreeHundredPDFs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mau.fodt", Self.template)
        try folder.write("ds.json", Self.list(300))
        let result = try Vanban.run(["hang-loat", "mau.fodt", "ds.json", "-o", "ra", "--dinh-dang", "pdf",
                                     "--ten-tep", "{{ho_ten}}"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let names = try folder.contents(of: "ra")
        #expect(names.count == 301)
        #expect(names.contains("Người 300.pdf") && names.contains("Người 1.pdf"))
        for number in [1, 150, 254, 255, 300] {
            let pages = try Self.pages(folder.file("ra/Người \(number).pdf"))
            #expect(pages.count == 1)
            #expect(pages.first?.contains("Người nhận: Người \(number)\n") == true, "record \(number)")
        }
    }

    @Test(.enabled(if: LibreOffice.isAvailable && Shell.which("qpdf") != nil, LibreOffice.missingNote))
    func aFooterWithAFieldIsFilledFromEachRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Pages of one document would all carry the first record's footer: each record is
        // converted on its own instead.
        let footer = Self.template.replacingOccurrences(of: "Trang <text:page-number", with: "{{ho_ten}} - Trang <text:page-number")
        try folder.write("mau.fodt", footer)
        try folder.write("ds.json", Self.list(3))
        let result = try Vanban.run(["hang-loat", "mau.fodt", "ds.json", "-o", "ra", "--dinh-dang", "pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        for number in 1...3 {
            let pdf = folder.file("ra/00\(number).pdf")
            #expect(try Self.pages(pdf).first?.contains("Người \(number) - Trang 1") == true)
            #expect(try Shell.run("qpdf", ["--show-object=trailer", pdf.path]).output.contains("/Info"))
        }
    }

    @Test(.enabled(if: LibreOffice.isAvailable && Shell.which("qpdf") != nil, LibreOffice.missingNote))
    func aBodyWithoutAParagraphToMarkIsConvertedRecordByRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The body has no paragraph for a record's mark (an empty table cell): its start could
        // not be found in a merged PDF, so each record is converted on its own.
        let table = """
            <table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" table:name="Bang">\
            <table:table-column/><table:table-row><table:table-cell/></table:table-row></table:table>
            """
        let template = Self.template
            .replacingOccurrences(of: #"<text:p text:style-name="P1">Người nhận: {{ho_ten}}</text:p>"#, with: table)
            .replacingOccurrences(of: #"<text:p text:style-name="P1">{{noi_dung}}</text:p>"#, with: "")
        try folder.write("mau.fodt", template)
        try folder.write("ds.json", Self.list(3))
        let result = try Vanban.run(["hang-loat", "mau.fodt", "ds.json", "-o", "ra", "--dinh-dang", "pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.contents(of: "ra") == ["001.pdf", "002.pdf", "003.pdf", "vanban-ds.tsv"])
        for number in 1...3 { #expect(try LibreOffice.pageCount(folder.file("ra/00\(number).pdf")) == 1) }
    }
}
