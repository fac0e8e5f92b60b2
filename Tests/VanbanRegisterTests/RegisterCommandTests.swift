import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// `vanban so-di`, run as a clerk runs it.
struct RegisterCommandTests {
    @Test func clerkTakesCancelsEntersAndLists() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = ["--csdl", folder.file("so-di.sqlite").path]
        func run(_ arguments: [String]) throws -> Shell.Result {
            try Shell.run(Programs.vanban, ["so-di"] + arguments + database, in: folder.url,
                          environment: ["VANBAN_BAY_GIO": "2026-03-02T09:00:00+07:00"])
        }
        let series = try run(["chuoi", "chung", "--mau", "{so}/{loai}-{co_quan}", "--co-quan", "SYT"])
        #expect(series.output == "Đã lưu hệ thống số \"chung\": {so}/{loai}-{co_quan}\n")
        let taken = try run(["lay", "chung", "--so-luong", "2", "--nguoi", "Trần Thị Bình"])
        #expect(taken.status == 0)
        let year = 2026
        #expect(taken.output == """
            Số dự kiến 01 năm \(year), hệ thống số chung, Trần Thị Bình
            Số dự kiến 02 năm \(year), hệ thống số chung, Trần Thị Bình

            """)
        let cancelled = try run(["huy", "chung", "2", "--ly-do", "Lấy nhầm"])
        #expect(cancelled.output == "Đã hủy số 02 năm \(year), hệ thống số chung\n")
        let signed = try folder.write("qd-khen-thuong.pdf", "bản đã ký")
        let entered = try run(["vao-so", "chung", "--so", "1", "--tep", signed.path, "--loai", "QĐ",
                               "--ten-loai", "Quyết định", "--trich-yeu", "Về việc khen thưởng", "--ngay", "02/03/\(year)"])
        #expect(entered.status == 0, "\(entered.error)")
        let sha256 = try FileDigest.sha256(ofFileAt: signed)
        #expect(entered.output == "Đã vào sổ: 01/QĐ-SYT, ngày 02/03/\(year), tệp \(signed.path) (SHA-256 \(sha256))\n")
        #expect(try String(contentsOf: signed, encoding: .utf8) == "bản đã ký")
        let listed = try run(["xem", "chung"])
        #expect(listed.output == """
            01\t\(year)\tchung\tđã cấp\t01/QĐ-SYT\t02/03/\(year)\tQuyết định Về việc khen thưởng\t\(signed.path)
            02\t\(year)\tchung\tđã hủy: Lấy nhầm

            """)
    }

    @Test func refusalsAreExplainedInVietnamese() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = ["--csdl", folder.file("so-di.sqlite").path]
        let unknown = try Shell.run(Programs.vanban, ["so-di", "lay", "khong-co"] + database)
        #expect(unknown.status == 1)
        #expect(unknown.output.isEmpty)
        #expect(unknown.error == "Lỗi: không có hệ thống số \"khong-co\" trong sổ văn bản đi. Xem các hệ thống số: vanban so-di chuoi\n")
        let badPattern = try Shell.run(Programs.vanban, ["so-di", "chuoi", "x", "--mau", "{so}/{kieu}", "--co-quan", "SYT"] + database)
        #expect(badPattern.status == 1)
        #expect(badPattern.error == "Lỗi: mẫu ký hiệu \"{so}/{kieu}\" có chỗ điền {kieu} không hiểu được; chỉ dùng: {so}, {loai}, {co_quan}, {don_vi}, {nam}\n")
        let badServer = try Shell.run(Programs.vanban, ["so-di", "xem", "--csdl", "postgres://vanban@127.0.0.1:1/so_di"])
        #expect(badServer.status == 1)
        #expect(badServer.error.hasPrefix("Lỗi: không kết nối được PostgreSQL ở 127.0.0.1:1 ("))
    }

    @Test func helpShowsExamples() throws {
        let help = try Shell.run(Programs.vanban, ["register", "--help"])
        #expect(help.output.contains("vanban so-di lay chung --nguoi \"Trần Thị B\""))
        for command in ["chuoi", "lay", "huy", "vao-so", "xem", "xuat"] {
            #expect(help.output.contains("  \(command), "), "help lacks \(command)")
        }
    }
}
