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

/// Which lines of a value are numbered sub-headings (written in the "Tiểu mục" style).
@Suite struct SubHeadingTests {
    @Test(arguments: ["1. Mục đích, yêu cầu", "2.1. Đối tượng", "a) Đối với tập thể:", "đ) Khen thưởng đột xuất", "12. Phòng Tổ chức Cán bộ Sở Y tế"])
    func aNumberedShortLineIsASubHeading(_ line: String) {
        #expect(Renderer.isSubHeading(line))
    }

    @Test(arguments: ["10.000 người tham dự", "1. Tổ chức hội nghị vào quý II.", "a) đủ điều kiện;", "f) không phải chữ cái tiếng Việt",
                      "2025 là năm tổng kết", "1.Thiếu dấu cách", "Căn cứ 1. điều", String(repeating: "1. Rất dài ", count: 12)])
    func otherLinesAreNot(_ line: String) {
        #expect(!Renderer.isSubHeading(line))
    }
}
