import Foundation
import Testing
import VanbanTestSupport
import VanbanData
import VanbanODF
@testable import VanbanTemplate

/// Templates built to hurt: deep nesting, huge paragraphs. Each ends with one located error or
/// compiles in time linear in its size (tests assert results, never durations: the 4,000-tag
/// paragraph took 45 s in a debug build when the compiler was quadratic, under 1 s since).
@Suite struct HostileTemplateTests {

    @Test func hundredThousandNestedSectionsInATextTemplateEndWithAnError() {
        let text = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        #expect(thrownMessage { _ = try Template(text: text, path: "mau.txt", html: false) }
            == "mau.txt:1:601: thẻ «{{#a}}» viết sai: các mục lồng nhau quá 100 tầng; hãy bớt tầng lồng.")
    }

    @Test func hundredNestedSectionsAreFine() throws {
        let text = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        let template = try Template(text: text, path: "mau.txt", html: false)
        let rendering = try template.render(Value.object(["a": Value.bool(true)]), index: 0, count: 1)
        #expect(String(decoding: rendering.data, as: UTF8.self) == "x")
    }

    @Test func aParagraphOfFourThousandTagsCompiles() throws {
        let tags = (0..<4000).map { "{{t\($0 % 10)}} " }.joined()
        let template = try Template(document: try ODFFixture.document("<text:p>\(tags)</text:p>"))
        let record: Value = .object(.init(uniqueKeysWithValues: (0..<10).map { ("t\($0)", Value.string("v\($0)")) }))
        let text = try template.render(record, index: 0, count: 1).document().plainText
        #expect(text.hasPrefix("v0 v1 v2 "))
        #expect(text.split(separator: " ").count == 4000)
    }

    @Test func twoThousandNestedSectionsInODFEndWithAnError() throws {
        let opens = (0..<2000).map { "<text:p>{{#s\($0)}}</text:p>" }.joined()
        let closes = (0..<2000).reversed().map { "<text:p>{{/s\($0)}}</text:p>" }.joined()
        let document = try ODFFixture.document(opens + "<text:p>x</text:p>" + closes)
        let text = thrownMessage { _ = try Template(document: document) }
        #expect(text == "mau.fodt:4: thẻ «{{#s100}}» viết sai: các mục lồng nhau quá 100 tầng; hãy bớt tầng lồng (ở đoạn «{{#s100}}»).")
    }

    @Test func twoThousandSectionsSideBySideCompile() throws {
        let sections = (0..<2000).map { _ in "<text:p>{{#s}}</text:p><text:p>{{x}}</text:p><text:p>{{/s}}</text:p>" }.joined()
        let template = try Template(document: try ODFFixture.document(sections))
        let text = try template.render(Value.object(["s": Value.bool(true), "x": Value.string("y")]), index: 0, count: 1).document().plainText
        #expect(text.split(separator: "\n").filter { $0 == "y" }.count == 2000)
    }

    @Test(arguments: ["400000000000000000", "100000000000", "1000"])
    func chuCaiOfAHugeNumberIsRefusedNotAllocated(number: String) throws {
        let template = try Template(text: "{{so | chu_cai}}", path: "mau.txt", html: false)
        #expect(thrownMessage { _ = try template.render(Value.object(["so": Value.string(number)]), index: 0, count: 1) }
            == "mau.txt:1:1: \"so | chu_cai\": số thứ tự điểm \"\(number)\" không hợp lệ. Chọn một trong: từ 1 đến 999.")
    }

    @Test func chuCaiUpToTheLimitIsRead() throws {
        let template = try Template(text: "{{so | chu_cai}}", path: "mau.txt", html: false)
        let data = try template.render(Value.object(["so": Value.string("999")]), index: 0, count: 1).data
        // 999 = 43 × 23 + 10: the tenth letter, 44 times.
        #expect(String(decoding: data, as: UTF8.self) == String(repeating: "k", count: 44))
    }

    @Test(arguments: ["-5", "2000000000", "0"])
    func aSpaceRunOfAnyCountIsHealedWithoutAllocatingIt(count: String) throws {
        let body = "<text:p>Ông {{<text:s text:c=\"\(count)\"/>ho_ten}}</text:p>"
        let template = try Template(document: try ODFFixture.document(body))
        let rendering = try template.render(Value.object(["ho_ten": Value.string("A")]), index: 0, count: 1)
        #expect(try rendering.document().plainText == "Ông A")
    }
}
