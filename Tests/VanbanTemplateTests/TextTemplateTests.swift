import Foundation
import Testing
import VanbanData
import VanbanTemplate
import VanbanTestSupport

@Suite struct TextTemplateTests {
    @Test func plainTextInsertsValuesAsTheyAre() throws {
        let template = try Template(text: "Kính mời {{#nguoi}}{{ong_ba}} {{ho_ten}}{{^@cuoi}}, {{/@cuoi}}{{/nguoi}} dự họp lúc {{gio}}.",
                                    path: "sms.txt", html: false)
        let data = try YAMLReader.read("nguoi: [{ong_ba: Ông, ho_ten: An}, {ong_ba: Bà, ho_ten: Đào & Cúc}]\ngio: 8 giờ", path: "d")
        #expect(try template.render(data).text == "Kính mời Ông An, Bà Đào & Cúc dự họp lúc 8 giờ.")
    }

    @Test func htmlEscapesAndFormattersApply() throws {
        let template = try Template(text: "<p>{{ten}}: {{tien | tien: \"đồng\"}} ({{tien | bang_chu}})</p>", path: "thu.html", html: true)
        let data = try YAMLReader.read("ten: A & B\ntien: 760000", path: "d")
        #expect(try template.render(data).text == "<p>A &amp; B: 760.000 đồng (Bảy trăm sáu mươi nghìn đồng)</p>")
    }

    @Test func spacesInsideAFieldNameAreDropped() throws {
        // A name typed with a space (or split by a word processor's autocorrect) is the same field.
        let template = try Template(text: "{{ ho ten }}|{{so tien | tien}}|{{ngay}}", path: "a.txt", html: false)
        let data = try YAMLReader.read("hoten: An\nsotien: 760000\nngay: 02/10/2025", path: "d")
        #expect(try template.render(data).text == "An|760.000|02/10/2025")
    }

    @Test func topLevelMayBeAnyValue() throws {
        let template = try Template(text: "{{#.}}[{{.}}]{{/.}}", path: "a.txt", html: false)
        #expect(try template.render(.list([.string("a"), .string("b")])).text == "[a][b]")
        #expect(try Template(text: "{{.}}", path: "a.txt", html: false).render(.number(5)).text == "5")
    }

    @Test func partialsAreFoundBesideTheTemplate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("chu-ky.txt", "Trân trọng,\n{{nguoi_ky}}\n")
        try folder.write("ho-ten", "{{ho_ten}}")
        let main = try folder.write("thu.txt", "Gửi {{> ho-ten}}\n  {{> chu-ky}}\n")
        let template = try Template(contentsOf: main)
        #expect(try template.render(.object(["ho_ten": .string("An"), "nguoi_ky": .string("Giám đốc")])).text
                == "Gửi An\n  Trân trọng,\n  Giám đốc\n")
    }

    @Test func aMissingPartialIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let main = try folder.write("thu.txt", "{{> khong-co}}")
        let error = #expect(throws: TemplateError.self) { try Template(contentsOf: main).render(.object([:])) }
        #expect(error?.description.contains(#"không tìm thấy mẫu con "khong-co""#) == true)
    }
}
