import Foundation
import Testing
import VanbanTestSupport

@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let result = try Vanban.run(["--version"])
        #expect(result.status == 0)
        // The version and the commit it was built from (Package.swift, git or VANBAN_COMMIT).
        #expect(result.output.range(of: #"^vanban [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{7,40}\+?\)\n$"#,
                                    options: .regularExpression) != nil, "\(result.output)")
    }

    @Test func helpIsInVietnamese() throws {
        let result = try Vanban.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("CÁCH DÙNG: vanban <lệnh>"))
        #expect(result.output.contains("tao, render"))
        #expect(result.output.contains("kiem-tra, validate"))
        #expect(result.output.contains("Hiện trợ giúp này."))
        #expect(!result.output.contains("USAGE"))
        let sub = try Vanban.run(["tao", "--help"])
        #expect(sub.output.contains("ĐỐI SỐ:"))
        #expect(sub.output.contains("-o, --tep-ra, --output <tep>"))
    }

    @Test func unknownOptionIsExplainedInVietnamese() throws {
        let result = try Vanban.run(["tao", "--khong-co", "a", "b"])
        #expect(result.status != 0)
        #expect(result.error.contains("Lỗi: không có tùy chọn '--khong-co'."))
        #expect(result.error.contains("Xem 'vanban tao --help' để biết thêm."))
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let result = try Vanban.run(["kiemtra", "a.fodt"])
        #expect(result.status != 0)
        #expect(result.error.contains(#"Lỗi: không có lệnh "kiemtra". Có phải "kiem-tra"?"#))
        #expect(result.error.contains("tao (render): Tạo một văn bản từ mẫu và tệp dữ liệu."))
    }

    @Test func aValueOutOfTheListIsExplained() throws {
        let result = try Vanban.run(["hang-loat", "a.fodt", "b.csv", "--dinh-dang", "html"])
        #expect(result.status != 0)
        #expect(result.error.contains("Lỗi: giá trị 'html' không hợp lệ cho '--dinh-dang <dinh-dang>'. Hãy chọn một trong: 'fodt', 'odt', 'pdf' hoặc 'docx'."))
    }

    @Test func missingArgumentIsExplained() throws {
        let result = try Vanban.run(["tao", "mau.fodt"])
        #expect(result.status != 0)
        #expect(result.error.contains("Lỗi: thiếu đối số '<du-lieu>'."))
    }
}
