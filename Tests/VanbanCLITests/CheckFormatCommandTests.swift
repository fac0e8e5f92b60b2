import Foundation
import Testing
import VanbanTestSupport

/// `vanban the-thuc` on vanban's own documents (issue 28): every built-in made from its sample
/// data, in .fodt, .odt and .docx, checks with no finding; and its PDF's text layer holds the
/// agency and the trích yếu once (the lines under them are drawn, not white copies of the text).
@Suite(.serialized, .enabled(if: PrintedPDF.isAvailable, PrintedPDF.missingNote))
struct CheckFormatCommandTests {
    static let root = BuiltInTemplateTests.templates.deletingLastPathComponent()
    static let names = ["cong-van", "giay-khen", "giay-moi", "ke-hoach", "quyet-dinh-khen-thuong", "vi-du"]

    @Test func builtInsHaveNoFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var files: [String] = []
        for name in Self.names {
            for (template, output) in [("\(name).fodt", "\(name).fodt"), ("\(name).fodt", "\(name).odt"), ("\(name).docx", "\(name).docx")] {
                let file = folder.file(output).path
                let made = try Vanban.run(["tao", "templates/\(template)", "templates/\(name).yaml", "-o", file], in: Self.root)
                #expect(made.status == 0, "\(output): \(made.error)")
                files.append(file)
            }
        }
        let started = Date()
        let result = try Vanban.run(["the-thuc", "--json"] + files, in: Self.root)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(reports.count == files.count)
        for report in reports {
            let findings = report["findings"] as? [[String: Any]] ?? []
            #expect(findings.isEmpty, "\(report["file"] ?? ""): \(findings)")
        }
        print(String(format: "the-thuc: %d built-in documents in %.1f s (one LibreOffice run)", files.count, seconds))
    }

    @Test(arguments: ["giay-moi", "ke-hoach", "quyet-dinh-khen-thuong", "vi-du"])
    func pdfTextHoldsEachHeaderTextOnce(_ name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The printed PDF from either template, and the PDF/A copy for archiving (--ban-dien-tu).
        for (template, extra) in [("\(name).fodt", [String]()), ("\(name).docx", []), ("\(name).fodt", ["--ban-dien-tu"])] {
            let pdf = folder.file("\(template)\(extra.isEmpty ? "" : "-a").pdf")
            let made = try Vanban.run(["tao", "templates/\(template)", "templates/\(name).yaml", "-o", pdf.path] + extra, in: Self.root)
            #expect(made.status == 0, "\(template): \(made.error)")
            let text = try Shell.run("pdftotext", [pdf.path, "-"]).output
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.filter { $0 == "SỞ Y TẾ" }.count == 1, "\(template): the agency once")
            let title = try #require(lines.firstIndex { ["KẾ HOẠCH", "QUYẾT ĐỊNH", "GIẤY MỜI"].contains($0) }, "\(template): a title")
            let summary = lines[title + 1]
            #expect(lines.filter { $0 == summary }.count == 1, "\(template): the trích yếu \"\(summary)\" once")
            #expect(!text.contains("Kèm theo") || text.components(separatedBy: "(Kèm theo").count == 2, "\(template): (Kèm theo …) once")
        }
    }

    @Test func jsonShapeAndExitCodes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad = try folder.write("qd.fodt", "<not a document/>")
        let unreadable = try Vanban.run(["the-thuc", "--json", bad.path], in: Self.root)
        #expect(unreadable.status == 2)
        #expect(unreadable.error.contains("không đọc được văn bản"))
        let file = folder.file("qd.docx").path
        _ = try Vanban.run(["tao", "templates/quyet-dinh-khen-thuong.docx", "templates/quyet-dinh-khen-thuong.yaml", "-o", file], in: Self.root)
        let ok = try Vanban.run(["the-thuc", "--json", file], in: Self.root)
        #expect(ok.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(ok.output.utf8)) as? [[String: Any]])
        #expect(Set(reports[0].keys) == ["file", "kind", "findings"])
        #expect(reports[0]["kind"] as? String == "quyet_dinh")
        // One error: exit 1, a Vietnamese line naming the part, the page and the Phụ lục I item.
        let sample = try String(contentsOf: Self.root.appendingPathComponent("templates/vi-du.yaml"), encoding: .utf8)
        let data = try folder.write("sai.yaml", sample.replacingOccurrences(of: "266/KH-SYT", with: "5/KH-SYT"))
        let wrong = folder.file("sai.fodt").path
        _ = try Vanban.run(["tao", "templates/vi-du.fodt", data.path, "-o", wrong], in: Self.root)
        let failed = try Vanban.run(["the-thuc", wrong], in: Self.root)
        #expect(failed.status == 1)
        #expect(failed.output.contains("""
            trang 1, số, ký hiệu "Số: 5/KH-SYT": lỗi: số nhỏ hơn 10 phải ghi thêm số 0 phía trước \
            (hiện có: 5; cần: 05 — Phụ lục I, mục III.3).
            """), "\(failed.output)")
    }
}
