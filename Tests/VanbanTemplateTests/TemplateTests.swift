import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

@Suite struct TemplateTests {
    static func template(_ paragraphs: [String]) throws -> Template {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:text>
            \(paragraphs.map { "<text:p>\($0)</text:p>" }.joined(separator: "\n"))
            </office:text></office:body></office:document>
            """
        return Template(document: try Document(data: Data(xml.utf8), path: "mau.fodt"))
    }

    @Test func fillsFieldsAndDottedNames() throws {
        let template = try Self.template(["Số: {{so}}/KH-{{ co_quan.viet_tat }} &amp; {{so}}"])
        let data = try YAMLReader.read("so: 266\nco_quan:\n  viet_tat: SYT\n", path: "d.yaml")
        let rendering = try template.render(data)
        #expect(rendering.document.plainText == "Số: 266/KH-SYT & 266")
        #expect(SchemaValidator.odf13.validate(rendering.document) == [])
        #expect(try template.render(data).document.plainText == rendering.document.plainText)
        #expect(template.document.plainText.contains("{{so}}"), "the template itself is unchanged")
    }

    @Test func valuesAreInsertedSafely() throws {
        let template = try Self.template(["<text:span>{{a}}</text:span>"])
        let rendering = try template.render(.object(["a": .string("<b>x</b>\nhai\u{07}")]))
        let xml = String(decoding: rendering.document.fodtData(), as: UTF8.self)
        #expect(xml.contains("&lt;b&gt;x&lt;/b&gt;<text:line-break/>hai</text:span>"))
        #expect(rendering.droppedCharacters == ["a: U+0007"])
    }

    @Test func missingFieldNamesThePlaceAndSuggests() throws {
        let template = try Self.template(["Kính gửi: {{ho_ten}}"])
        #expect(throws: TemplateError.missingField(
            template: "mau.fodt", line: 4, field: "ho_ten", context: "Kính gửi: {{ho_ten}}", suggestion: "ho_tn")) {
            try template.render(.object(["ho_tn": .string("An")]))
        }
    }

    @Test func groupIsNotText() throws {
        let template = try Self.template(["{{co_quan}}"])
        let error = #expect(throws: TemplateError.self) {
            try template.render(.object(["co_quan": .object(["ten": .string("SỞ Y TẾ")])]))
        }
        #expect(error?.description == #"mau.fodt:4: trường "co_quan" là nhóm trường, không phải một giá trị để in ra. Hãy chọn một trường con, ví dụ "co_quan.ten"."#)
    }
}
