import Foundation

extension BlankProfile {
    /// The ODF template (`.fodt`) that prints only the fields, each in a frame placed from the
    /// paper's top-left corner and shifted by `offset`. All frames hang on one empty paragraph,
    /// so a batch in one file prints one blank per record.
    public func template(offset: Offset = .none) -> Data {
        var body = "   <text:p text:style-name=\"Phoi_20_neo\">"
        for (index, field) in fields.enumerated() {
            body += "\n    " + frame(field, index: index, offset: offset, content: "<text:p text:style-name=\"Phoi_5f_\(index + 1)\">\(Self.escaped(field.text))</text:p>")
        }
        body += "\n   </text:p>\n"
        return document(body: body, styles: "", automaticStyles: "")
    }

    /// A sheet to hold against a blank in front of a light: ruler marks every 5 mm along the
    /// four edges (numbered every 10 mm), and at each field a box of its size with its name.
    /// The rulers stay where the paper is; the boxes move with `offset`, so the sheet shows
    /// where an offset will put the text.
    public func calibrationSheet(offset: Offset = .none) -> Data {
        var body = "   <text:p text:style-name=\"Phoi_20_neo\">"
        var shapes = 0
        func tick(x: Double, y: Double, width: Double, height: Double) {
            shapes += 1
            body += "\n    <draw:rect draw:style-name=\"Phoi_5f_vach\" draw:name=\"Vach\(shapes)\" text:anchor-type=\"paragraph\" draw:z-index=\"\(shapes)\" svg:x=\"\(x.plainText)mm\" svg:y=\"\(y.plainText)mm\" svg:width=\"\(width.plainText)mm\" svg:height=\"\(height.plainText)mm\"/>"
        }
        func label(_ text: String, x: Double, y: Double) {
            shapes += 1
            body += "\n    <draw:frame draw:style-name=\"Phoi_5f_khung\" draw:name=\"So\(shapes)\" text:anchor-type=\"paragraph\" draw:z-index=\"\(shapes)\" svg:x=\"\(x.plainText)mm\" svg:y=\"\(y.plainText)mm\" svg:width=\"10mm\"><draw:text-box fo:min-height=\"3mm\"><text:p text:style-name=\"Phoi_5f_so\">\(text)</text:p></draw:text-box></draw:frame>"
        }
        var mark = 5.0
        while mark < paperWidth {
            let long = mark.truncatingRemainder(dividingBy: 10) == 0
            let length = long ? 8.0 : 5.0
            tick(x: mark - 0.1, y: 0, width: 0.2, height: length)
            tick(x: mark - 0.1, y: paperHeight - length, width: 0.2, height: length)
            if long { label(mark.plainText, x: mark - 5, y: 9) }
            mark += 5
        }
        mark = 5
        while mark < paperHeight {
            let long = mark.truncatingRemainder(dividingBy: 10) == 0
            let length = long ? 8.0 : 5.0
            tick(x: 0, y: mark - 0.1, width: length, height: 0.2)
            tick(x: paperWidth - length, y: mark - 0.1, width: length, height: 0.2)
            if long { label(mark.plainText, x: 9, y: mark - 1.5) }
            mark += 5
        }
        for (index, field) in fields.enumerated() {
            let alignment = ["trai": "trái", "giua": "giữa", "phai": "phải"][field.alignment.rawValue] ?? field.alignment.rawValue
            let note = "\(field.name) · x \(field.x.plainText), y \(field.y.plainText), rộng \(field.width.plainText) mm · \(field.size.plainText) pt, \(alignment)"
            body += "\n    " + frame(field, index: index, offset: offset, boxed: true,
                                      content: "<text:p text:style-name=\"Phoi_5f_nhan\">\(Self.escaped(note))</text:p>")
        }
        body += "\n   </text:p>\n"
        return document(body: body, styles: """
              <style:style style:name="Phoi_5f_hop" style:family="graphic"><style:graphic-properties fo:border="0.3mm solid #000000" fo:padding="0.5mm" draw:fill="none" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>

            """, automaticStyles: """
              <style:style style:name="Phoi_5f_vach" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#000000" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
              <style:style style:name="Phoi_5f_so" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt"/></style:style>
              <style:style style:name="Phoi_5f_nhan" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#404040"/></style:style>

            """)
    }

    /// One field's frame: `content` in a box at the field's place, shifted by `offset`.
    func frame(_ field: Field, index: Int, offset: Offset, boxed: Bool = false, content: String) -> String {
        let style = boxed ? "Phoi_5f_hop" : "Phoi_5f_khung"
        return "<draw:frame draw:style-name=\"\(style)\" draw:name=\"\(Self.escaped(field.name))\" text:anchor-type=\"paragraph\" draw:z-index=\"\(1000 + index)\""
            + " svg:x=\"\((field.x + offset.x).plainText)mm\" svg:y=\"\((field.y + offset.y).plainText)mm\" svg:width=\"\(field.width.plainText)mm\">"
            + "<draw:text-box fo:min-height=\"\(field.boxHeight.plainText)mm\">\(content)</draw:text-box></draw:frame>"
    }

    /// The whole `.fodt`: the page of the blank's size, a paragraph style per field, `body`
    /// with the frames' styles in `styles` and the shapes' in `automaticStyles` (LibreOffice
    /// takes a frame's border from a common style, a shape's fill from an automatic one).
    func document(body: String, styles: String, automaticStyles: String) -> Data {
        var fieldStyles = ""
        for (index, field) in fields.enumerated() {
            var text = "fo:font-size=\"\(field.size.plainText)pt\""
            if field.bold { text += " fo:font-weight=\"bold\"" }
            if field.italic { text += " fo:font-style=\"italic\"" }
            if let colour = field.colour { text += " fo:color=\"\(colour)\"" }
            fieldStyles += "  <style:style style:name=\"Phoi_5f_\(index + 1)\" style:display-name=\"Phoi_\(index + 1)\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"\(field.alignment.odf)\"/><style:text-properties \(text)/></style:style>\n"
        }
        let landscape = paperWidth > paperHeight
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
             <office:meta><meta:generator>vanban</meta:generator><dc:title>\(Self.escaped(title))</dc:title></office:meta>
             <office:font-face-decls>
              <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
             </office:font-face-decls>
             <office:styles>
              <style:default-style style:family="paragraph">
               <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
               <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/>
              </style:default-style>
              <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>
              <style:style style:name="Phoi_20_neo" style:display-name="Phoi neo" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="2pt"/></style:style>
              <style:style style:name="Phoi_5f_khung" style:family="graphic"><style:graphic-properties fo:border="none" fo:padding="0mm" draw:fill="none" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
            \(fieldStyles)\(styles) </office:styles>
             <office:automatic-styles>
            \(automaticStyles)  <style:page-layout style:name="Phoi">
               <style:page-layout-properties fo:page-width="\(paperWidth.plainText)mm" fo:page-height="\(paperHeight.plainText)mm" style:print-orientation="\(landscape ? "landscape" : "portrait")" fo:margin-top="5mm" fo:margin-bottom="5mm" fo:margin-left="5mm" fo:margin-right="5mm"/>
              </style:page-layout>
             </office:automatic-styles>
             <office:master-styles>
              <style:master-page style:name="Standard" style:page-layout-name="Phoi"/>
             </office:master-styles>
             <office:body>
              <office:text>
            \(body)  </office:text>
             </office:body>
            </office:document>

            """
        return Data(xml.utf8)
    }

    static func escaped(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
