import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanFormat

/// Looks resolved the way Word and LibreOffice resolve them, on documents made in the test.
struct StyleResolutionTests {
    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func docx(styles: String, body: String, theme: String? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var entries: [ZipBuilder.Entry] = [
            .init("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#),
            .init("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#),
            .init("word/_rels/document.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>"#),
            .init("word/document.xml", "<?xml version=\"1.0\"?><w:document \(w)><w:body>\(body)<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:right=\"850\"/></w:sectPr></w:body></w:document>"),
            .init("word/styles.xml", "<?xml version=\"1.0\"?><w:styles \(w)>\(styles)</w:styles>"),
        ]
        if let theme {
            entries.append(.init("word/theme/theme1.xml", #"<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface=""# + theme + #""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#))
        }
        let url = folder.appendingPathComponent("t.docx")
        try ZipBuilder(entries).data.write(to: url)
        return url
    }

    /// docDefaults (theme font, 12 pt) → Normal → Base (14 pt, bold) → Child (italic) → run (not bold).
    @Test func wordDefaultsStyleChainAndRun() throws {
        let styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="Base"/><w:rPr><w:i/></w:rPr></w:style>
            """
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:t>đậm nghiêng</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>nghiêng</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>thường</w:t></w:r></w:p>
            """
        let document = try WordReader(contentsOf: try Self.docx(styles: styles, body: body, theme: "Times New Roman")).read()
        let first = document.paragraphs[0], second = document.paragraphs[1]
        #expect(first.alignment == .centre && first.spaceAfter == 6)
        #expect(first.runs[0].look == TextLook(font: "Times New Roman", size: 14, bold: true, italic: true))
        #expect(first.runs[1].look == TextLook(font: "Times New Roman", size: 14, bold: false, italic: true))
        #expect(second.runs[0].look == TextLook(font: "Arial", size: 12))
        #expect(second.alignment == .left)
        let page = try #require(document.page)
        #expect(abs(page.left - 30) < 0.1 && abs(page.top - 20) < 0.1 && abs(page.width - 210) < 0.1)
    }

    /// A font named on the style wins over the defaults' theme font.
    @Test func wordStyleFontOverridesThemeFont() throws {
        let styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
            """
        let document = try WordReader(contentsOf: try Self.docx(styles: styles, body: "<w:p><w:r><w:t>chữ</w:t></w:r></w:p>", theme: "Calibri")).read()
        #expect(document.paragraphs[0].runs[0].look.font == "Times New Roman")
        #expect(document.paragraphs[0].runs[0].look.size == 14)
    }
}
