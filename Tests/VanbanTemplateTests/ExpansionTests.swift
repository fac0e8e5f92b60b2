import Testing
import VanbanData
@testable import VanbanTemplate

/// Partials, parents and block overrides are compiled with the template, not per record.
@Suite struct ExpansionTests {
    static let partials = [
        "khung": "Kính gửi:\n  {{$nguoi_nhan}}mặc định{{/nguoi_nhan}}\n{{> chan}}",
        "chan": "-- {{co_quan}}\n",
    ]
    static let text = "{{<khung}}\n{{$nguoi_nhan}}\n  Ông {{ho_ten}}\n{{/nguoi_nhan}}\n{{/khung}}\n"

    @Test func renderingCompilesNothing() throws {
        let template = try Template(text: Self.text, path: "giay-moi.txt", html: false, partials: Self.partials)
        let afterCompile = template.expansions.compilations
        // The parent, the partial it includes and the indented override: three.
        #expect(afterCompile == 3)
        for name in ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"] {
            let rendering = try template.render(.object(["ho_ten": .string(name), "co_quan": .string("Sở Nội vụ")]))
            // The block is inline in its parent: its line ending stays after the override.
            #expect(rendering.text == "Kính gửi:\n  Ông \(name)\n\n-- Sở Nội vụ\n")
        }
        #expect(template.expansions.compilations == afterCompile)
    }

    @Test func aNameFromTheDataIsCompiledOnceAndKept() throws {
        let template = try Template(text: "{{> *mau}}", path: "x.txt", html: false, partials: ["chan": "-- {{co_quan}}"])
        #expect(template.expansions.compilations == 0)
        for _ in 0..<3 {
            let rendering = try template.render(.object(["mau": .string("chan"), "co_quan": .string("Sở Y tế")]))
            #expect(rendering.text == "-- Sở Y tế")
        }
        #expect(template.expansions.compilations == 1)
    }
}
