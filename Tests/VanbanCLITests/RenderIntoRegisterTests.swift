import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// `tao … --vao-so`: the number comes from the outgoing register when the document is written,
/// and the document is entered in it with its file.
@Suite struct RenderIntoRegisterTests {
    @Test func eachDocumentGetsTheNextNumberAndIsEntered() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = ["VANBAN_BAY_GIO": "2026-07-15T09:00:00+07:00"]
        let data = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.yaml").path
        let series = try Vanban.run(["so-di", "chuoi", "qd", "--loai", "QĐ", "--mau", "{so}/{loai}-{co_quan}", "--co-quan", "SYT",
                                     "--csdl", "so.sqlite"], in: folder.url)
        #expect(series.status == 0, "\(series.error)")
        for name in ["mot", "hai"] {
            let result = try Vanban.run(["tao", BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.fodt").path,
                                         data, "--vao-so", "qd", "--csdl", "so.sqlite", "-o", "ra/\(name).fodt"],
                                        in: folder.url, environment: clock)
            #expect(result.status == 0, "\(result.error)")
        }
        #expect(try String(contentsOf: folder.file("ra/mot.fodt"), encoding: .utf8).contains("01/QĐ-SYT"))
        #expect(try String(contentsOf: folder.file("ra/hai.fodt"), encoding: .utf8).contains("02/QĐ-SYT"))
        #expect(try folder.contents(of: "ra") == ["hai.fodt", "mot.fodt"], "no temporary file left")
        // The register's number and the document's own description, in its meta.xml (ND30 Phụ lục VI).
        let meta = try Document(contentsOf: folder.file("ra/hai.fodt")).userDefinedMetadata
        #expect(meta["Số, ký hiệu"] == "02/QĐ-SYT" && meta["Ngày ban hành"] == "15/07/2026" && meta["Cơ quan ban hành"] == "Sở Y tế"
                && meta["Người ký"] == "Nguyễn Văn An", "\(meta)")
        let list = try Vanban.run(["so-di", "xem", "--csdl", "so.sqlite"], in: folder.url)
        let lines = list.output.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("01/QĐ-SYT") && lines[0].hasSuffix("ra/mot.fodt")
                && lines[1].contains("02/QĐ-SYT") && lines[1].contains("15/07/2026"), "\(list.output)")
    }

    /// A document that cannot be made takes no number: the next one gets it.
    @Test func aFailedDocumentTakesNoNumber() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.fodt").path
        _ = try Vanban.run(["so-di", "chuoi", "qd", "--loai", "QĐ", "--mau", "{so}/{loai}-{co_quan}", "--co-quan", "SYT",
                            "--csdl", "so.sqlite"], in: folder.url)
        try folder.write("xau.yaml", "loai: quyet-dinh-khen-thuong\nngay: 2026-07-15\n")
        let bad = try Vanban.run(["tao", template, "xau.yaml", "--vao-so", "qd", "--csdl", "so.sqlite", "-o", "ra/x.fodt"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.error == "Lỗi: xau.yaml: thiếu \"danh_sach\".\n", "\(bad.error)")
        #expect(try Vanban.run(["so-di", "xem", "--csdl", "so.sqlite"], in: folder.url).output == "Không có số nào.\n")
    }

    /// The electronic copy: PDF/A-2b, its number and date in the PDF's information.
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func theElectronicCopyIsPDFAWithItsMetadata() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = BuiltInTemplateTests.templates.appendingPathComponent("cong-van.yaml").path
        let result = try Vanban.run(["tao", BuiltInTemplateTests.templates.appendingPathComponent("cong-van.fodt").path, data,
                                     "--ban-dien-tu", "-o", "cv.pdf"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let info = try Shell.run("pdfinfo", [folder.file("cv.pdf").path]).output
        #expect(info.contains("Subject:         Số, ký hiệu: 12; Ngày ban hành: 05/03/2025; Cơ quan ban hành: Sở Y tế"), "\(info)")
        let xmp = try Shell.run("pdfinfo", ["-meta", folder.file("cv.pdf").path]).output
        #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "\(xmp)")
    }
}

/// The electronic copy leaves room for the signature image between the chức vụ and the name
/// (about 2 cm), where the paper copy leaves 3 cm or more for a handwritten signature.
@Suite struct ElectronicSignatureSpaceTests {
    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func theSignatureImageHasItsRoom() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = BuiltInTemplateTests.templates.appendingPathComponent("cong-van.yaml").path
        var spaces: [Double] = []
        for (name, extra) in [("giay.pdf", [String]()), ("dien-tu.pdf", ["--ban-dien-tu"])] {
            let result = try Vanban.run(["tao", "cong-van", data, "-o", name] + extra, in: folder.url)
            #expect(result.status == 0, "\(result.error)")
            let page = try #require(PrintedPDF(folder.file(name)).pages.last)
            let signer = try #require(page.printedLines.first { $0.text == "Trần Văn Bình" })
            let title = try #require(page.printedLines.last { $0.text == "PHÓ GIÁM ĐỐC" && $0.box.yMax < signer.box.yMin })
            spaces.append((signer.box.yMin - title.box.yMax) / (72 / 25.4) / 10)
        }
        #expect(spaces[0] >= 3, "paper: \(spaces[0]) cm")
        #expect(spaces[1] >= 1.8 && spaces[1] < 2.6, "electronic: \(spaces[1]) cm")
        print(String(format: "signature space: paper %.2f cm, electronic %.2f cm", spaces[0], spaces[1]))
    }
}
