import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

@Suite struct TemplateErrorTests {
    func compile(_ body: String) throws -> Template {
        try Template(document: ODFFixture.document(body))
    }

    @Test func missingFieldNamesFilePlaceParagraphAndClosestName() throws {
        let template = try compile("<text:p>Kính gửi: {{ho_ten}}, {{chuc_vu}}</text:p>")
        let error = #expect(throws: TemplateError.self) {
            try template.render(ODFFixture.data("ho_tn: An\nchuc_vu: Trưởng phòng"))
        }
        #expect(error?.description == #"mau.fodt:4: thiếu trường "ho_ten" (ở đoạn «Kính gửi: {{ho_ten}}, {{chuc_vu}}»). Có phải "ho_tn"?"#)
    }

    @Test func everyMissingFieldOfARecordIsReportedAtOnce() throws {
        let template = try compile("<text:p>{{a}}</text:p>\n<text:p>{{b}} {{c.d}}</text:p>")
        let error = #expect(throws: TemplateError.self) { try template.render(ODFFixture.data("c: {}")) }
        #expect(error?.all.count == 3)
        #expect(error?.description.components(separatedBy: "\n").count == 3)
    }

    @Test func missingFieldsMayBeAllowed() throws {
        let template = try Template(document: ODFFixture.document("<text:p>[{{a}}]</text:p>"), options: .init(strict: false))
        #expect(try template.render(.object([:])).document().plainText == "[]")
    }

    @Test func aListWhereAValueIsExpected() throws {
        let template = try compile("<text:p>{{danh_sach}}</text:p>")
        let error = #expect(throws: TemplateError.self) { try template.render(ODFFixture.data("danh_sach: [a, b]")) }
        #expect(error?.description == #"mau.fodt:4: trường "danh_sach" là danh sách, không phải một giá trị để in ra (ở đoạn «{{danh_sach}}»). Hãy dùng {{#danh_sach}}…{{/danh_sach}} hoặc chọn một trường con."#)
    }

    @Test func unknownFormatterIsACompileErrorWithItsPlace() throws {
        let error = #expect(throws: TemplateError.self) { try compile("<text:p>Số tiền: {{so_tien | tein}}</text:p>") }
        #expect(error?.description == #"mau.fodt:4: không có bộ định dạng "tein" (ở đoạn «Số tiền: {{so_tien | tein}}»). Có phải "tien"?"#)
    }

    @Test func unclosedAndMisnestedSections() throws {
        let unclosed = #expect(throws: TemplateError.self) { try compile("<text:p>{{#ds}}</text:p>\n<text:p>{{ten}}</text:p>") }
        #expect(unclosed?.description.hasPrefix("mau.fodt:4: mục {{#ds}} chưa được đóng") == true)
        let misnested = #expect(throws: TemplateError.self) {
            try compile("<text:p>{{#a}}</text:p>\n<text:p>{{#b}}</text:p>\n<text:p>{{/a}}</text:p>")
        }
        #expect(misnested?.description.hasPrefix("mau.fodt:6: {{/a}} đóng sai mục (ở đoạn «{{/a}}»): mục đang mở là {{#b}}.") == true)
        let stray = #expect(throws: TemplateError.self) { try compile("<text:p>{{/a}}</text:p>") }
        #expect(stray?.description.contains("{{/a}} không đóng mục nào") == true)
    }

    @Test func tagSplitAcrossTwoParagraphs() throws {
        let error = #expect(throws: TemplateError.self) { try compile("<text:p>Kính gửi: {{ho_</text:p>\n<text:p>ten}}</text:p>") }
        #expect(error?.description == "mau.fodt:4: thẻ «{{ho_» bị ngắt sang đoạn khác (ở đoạn «Kính gửi: {{ho_»). Hãy gõ cả thẻ, từ {{ đến }}, trong cùng một đoạn.")
    }

    @Test func formatterThatRefusesItsValue() throws {
        let template = try compile("<text:p>{{ngay | ngay_dai}}</text:p>")
        let error = #expect(throws: TemplateError.self) { try template.render(ODFFixture.data("ngay: 31/02/2025")) }
        #expect(error?.description == #"mau.fodt:4: "ngay | ngay_dai": ngày "31/02/2025" không có thật trên lịch. Kiểm tra lại ngày và tháng."#)
    }

    @Test func positionOutsideAList() throws {
        let template = try compile("<text:p>{{@stt}}</text:p>")
        let error = #expect(throws: TemplateError.self) { try template.render(.object([:])) }
        #expect(error?.description.contains("{{@stt}} chỉ dùng được bên trong một mục lặp theo danh sách") == true)
    }

    @Test func aBatchIsCheckedRecordByRecordBeforeAnythingIsMade() throws {
        let template = try ODFFixture.template("trang.fodt")
        let records = [try ODFFixture.data("ho_ten: A\ndon_vi: B\nso_so_vang: 1"), try ODFFixture.data("ho_ten: C\nso_so_vang: 2"),
                       try ODFFixture.data("don_vi: D\nso_so_vang: 3")]
        let error = #expect(throws: TemplateError.self) { try template.renderPages(records) }
        let messages = error?.all.map(\.description) ?? []
        #expect(messages.count == 2)
        #expect(messages[0].contains(#"thiếu trường "don_vi" ở bản ghi 2"#))
        #expect(messages[1].contains(#"thiếu trường "ho_ten" ở bản ghi 3"#))
    }

    @Test func textTemplatesReportLineAndColumn() throws {
        let error = #expect(throws: TemplateError.self) {
            try Template(text: "Kính gửi\n  {{#ds}}{{ten}}", path: "thu.txt", html: false)
        }
        #expect(error?.description == "thu.txt:2:3: mục {{#ds}} chưa được đóng. Thêm {{/ds}} ở chỗ kết thúc mục.")
    }
}

/// "Có phải …?" proposes the field the clerk meant, never one that means something else.
@Suite struct SuggestionTests {
    @Test(arguments: [
        ("trich_yue", ["trich_yeu", "so"], "trich_yeu"),
        ("ho_va_ten", ["ho_ten", "don_vi"], "ho_ten"),
        ("tein", ["tien"], "tien"),
        ("chuc_vu_ky", ["chuc_vu", "ho_ten"], nil),
        ("chuc_vu", ["chuc_vu_ky"], nil),
        ("so_tien", ["so"], nil),
    ] as [(String, [String], String?)])
    func closestNameOfTheSameMeaning(name: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: name, among: candidates) == expected)
    }
}

/// A template that includes itself twice would double at every level: the expansions are
/// counted, and the tag that went too far is named.
@Suite struct PartialFanOutTests {
    @Test func aPartialThatIncludesItselfTwiceStopsWithItsPlace() throws {
        let template = try Template(text: "x{{>m}}{{>m}}", path: "mau.txt", html: false, partials: ["m": "{{>m}}{{>m}}"])
        let error = #expect(throws: TemplateError.self) { try template.render(.object([:])) }
        let lines = error?.description.split(separator: "\n") ?? []
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("m:1:") == true || lines.first?.hasPrefix("mau.txt:1:") == true, "\(lines)")
        #expect(lines.first?.contains("có thể mẫu con đang tự gọi lại chính nó") == true, "\(lines)")
    }
}
