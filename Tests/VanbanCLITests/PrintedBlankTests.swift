import Foundation
import Testing
import VanbanData
import VanbanDocuments
import VanbanTestSupport

/// Printing onto phôi, measured on the PDF (issue 13, point 3): each field inside its box on
/// the blank's paper, the offset moving everything, one blank per record, nothing printed over
/// what the blank already carries, and the calibration sheet's rulers.
@Suite(.serialized, .enabled(if: PrintedPDF.isAvailable, PrintedPDF.missingNote))
struct PrintedBlankTests {
    static let root = PrintedLayoutTests.root
    static let templates = BuiltInTemplateTests.templates
    static let mm = PrintedPDF.millimetre

    static func profile(_ name: String) throws -> BlankProfile {
        let path = templates.appendingPathComponent("\(name).vi-tri.yaml").path
        return try BlankProfile(try YAMLReader.read(try String(contentsOfFile: path, encoding: .utf8), path: path))
    }

    static func make(_ arguments: [String]) throws {
        let result = try Vanban.run(arguments, in: root)
        guard result.status == 0 else { throw PrintedLayoutTests.PrintFailure(message: "vanban \(arguments[0]): \(result.error)") }
    }

    /// `text`'s line on `page`, and the field's box in points.
    static func placed(_ text: String, _ field: String, on page: PrintedPDF.Page, profile: BlankProfile,
                       offset: BlankProfile.Offset = .none) throws -> (line: PrintedPDF.Line, box: PrintedPDF.Box) {
        let line = try #require(page.printedLines.first { $0.text == text }, "\(text) printed")
        let field = try #require(profile.fields.first { $0.name == field })
        let box = PrintedPDF.Box(xMin: (field.x + offset.x) * mm, yMin: (field.y + offset.y) * mm,
                                 xMax: (field.x + offset.x + field.width) * mm, yMax: (field.y + offset.y + field.boxHeight) * mm)
        return (line, box)
    }

    @Test(arguments: [("giay-khen-phoi", 297.0, 210.0), ("bang-khen-phoi", 420.0, 297.0)])
    func eachFieldPrintsInItsBoxOnTheBlanksPaper(name: String, width: Double, height: Double) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.make(["tao", name, "templates/\(name).yaml", "-o", folder.file("phoi.pdf").path])
        let pdf = try PrintedPDF(folder.file("phoi.pdf"))
        #expect(pdf.pages.count == 1)
        let page = pdf.pages[0]
        #expect(abs(page.width - width * Self.mm) < 1 && abs(page.height - height * Self.mm) < 1, "\(name) on \(width) × \(height) mm")
        let profile = try Self.profile(name)
        // Centred fields: centred in their box, their top at the box's top.
        for (text, field) in [("Nguyễn Thị Đào", "ho_ten"), ("TẶNG", "tang")] {
            let (line, box) = try Self.placed(text, field, on: page, profile: profile)
            #expect(abs(line.box.centreX - box.centreX) < 1 * Self.mm, "\(field) centred: \(line.box) in \(box)")
            #expect(abs(line.box.yMin - box.yMin) < 1.5 * Self.mm, "\(field) at its top: \(line.box) in \(box)")
        }
        // A left-aligned field starts at its box's left edge.
        let (number, numberBox) = try Self.placed("Số sổ vàng: 15", "so_so_vang", on: page, profile: profile)
        #expect(abs(number.box.xMin - numberBox.xMin) < 0.5 * Self.mm && abs(number.box.yMin - numberBox.yMin) < 1.5 * Self.mm)
        // Nothing is printed but the fields: no Quốc hiệu, no title.
        #expect(!page.printedLines.contains { $0.text.contains("CỘNG HÒA") || $0.text.contains("GIẤY KHEN") || $0.text.contains("BẰNG KHEN") })
        print(String(format: "%@: ho_ten top %.1f mm (profile y %.1f), Số sổ vàng left %.1f mm (profile x %.1f)", name,
                     try Self.placed("Nguyễn Thị Đào", "ho_ten", on: page, profile: profile).line.box.yMin / Self.mm,
                     profile.fields[2].y, number.box.xMin / Self.mm, numberBox.xMin / Self.mm))
    }

    @Test func theOffsetMovesEverything() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let profile = try Self.profile("giay-khen-phoi")
        let offset = try BlankProfile.Offset(parsing: "3,-2")
        try profile.template().write(to: folder.file("thang.fodt"))
        try profile.template(offset: offset).write(to: folder.file("lech.fodt"))
        try Self.make(["tao", folder.file("thang.fodt").path, "templates/giay-khen-phoi.yaml", "-o", folder.file("thang.pdf").path])
        try Self.make(["tao", folder.file("lech.fodt").path, "templates/giay-khen-phoi.yaml", "-o", folder.file("lech.pdf").path])
        let straight = try PrintedPDF(folder.file("thang.pdf")).pages[0], shifted = try PrintedPDF(folder.file("lech.pdf")).pages[0]
        for text in ["Nguyễn Thị Đào", "Số sổ vàng: 15", "Nguyễn Văn An"] {
            let before = try #require(straight.printedLines.first { $0.text == text }).box
            let after = try #require(shifted.printedLines.first { $0.text == text }).box
            #expect(abs((after.xMin - before.xMin) / Self.mm - 3) < 0.2 && abs((after.yMin - before.yMin) / Self.mm + 2) < 0.2,
                    "\(text): \(before) → \(after)")
        }
    }

    /// A batch in one PDF: one blank per record, each field at the same place on every sheet,
    /// and printed over a blank (a sheet carrying the Quốc hiệu, Tiêu ngữ and GIẤY KHEN where a
    /// bought blank has them) no word of the fields touches the blank's.
    @Test func aBatchPrintsOneBlankPerRecordClearOfWhatTheBlankCarries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.make(["hang-loat", "giay-khen-phoi", Vanban.fixture("khen-thuong.csv").path,
                       "--du-lieu-chung", "templates/quyet-dinh-khen-thuong.yaml", "--mot-tep", "--dinh-dang", "pdf",
                       "-o", folder.file("lo.pdf").path])
        let batch = try PrintedPDF(folder.file("lo.pdf"))
        #expect(batch.pages.count == 5, "5 records, 5 blanks")
        var tops: [Double] = []
        for (index, page) in batch.pages.enumerated() {
            let number = try #require(page.printedLines.first { $0.text == "Số sổ vàng: \(index + 1)" }, "sheet \(index + 1)")
            tops.append(number.box.yMin)
        }
        #expect(tops.allSatisfy { abs($0 - tops[0]) < 0.5 }, "the same place on every sheet: \(tops)")

        let blank = BlankProfile(title: "Phôi", paperWidth: 297, paperHeight: 210, fields: [
            .init(name: "quoc_hieu", text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x: 20, y: 18, width: 257, size: 14, bold: true),
            .init(name: "tieu_ngu", text: "Độc lập - Tự do - Hạnh phúc", x: 20, y: 25, width: 257, size: 14, bold: true),
            .init(name: "ten", text: "GIẤY KHEN", x: 20, y: 61, width: 257, size: 44, bold: true, colour: "#c00000"),
        ])
        try blank.template().write(to: folder.file("phoi-trang.fodt"))
        try Self.make(["tao", folder.file("phoi-trang.fodt").path, "templates/giay-khen-phoi.yaml", "-o", folder.file("phoi-trang.pdf").path])
        _ = try Shell.run("qpdf", [folder.file("lo.pdf").path, "--underlay", folder.file("phoi-trang.pdf").path, "--repeat=1", "--",
                                   folder.file("tren-phoi.pdf").path])
        let printed = try PrintedPDF(folder.file("tren-phoi.pdf"))
        #expect(printed.pages.count == 5)
        for page in printed.pages {
            let words = page.printedLines.flatMap(\.words)
            #expect(words.contains { $0.text == "KHEN" } && words.contains { $0.text == "CỘNG" }, "the blank is under the fields")
            for (index, word) in words.enumerated() {
                for other in words[(index + 1)...] where word.box.intersects(other.box) {
                    Issue.record("\(word.text) \(word.box) touches \(other.text) \(other.box)")
                }
            }
        }
    }

    /// The generated templates, filled, and the calibration sheet are valid ODF 1.3.
    @Test(.enabled(if: Jing.isAvailable, Jing.missingNote))
    func theBlankTemplatesAndTheSheetAreValidODF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.profile("giay-khen-phoi").calibrationSheet(offset: BlankProfile.Offset(x: 1, y: -1)).write(to: folder.file("thu.fodt"))
        var files = [folder.file("thu.fodt")]
        for name in ["giay-khen-phoi", "bang-khen-phoi"] {
            try Self.make(["tao", name, "templates/\(name).yaml", "-o", folder.file("\(name).fodt").path])
            files += [Self.templates.appendingPathComponent("\(name).fodt"), folder.file("\(name).fodt")]
        }
        #expect(try Jing.problems(files) == [])
    }

    @Test func theCalibrationSheetHasRulersAndTheFieldBoxes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let profile = try Self.profile("giay-khen-phoi")
        try profile.calibrationSheet().write(to: folder.file("thu.fodt"))
        try Self.make(["tao", folder.file("thu.fodt").path, "templates/giay-khen-phoi.yaml", "-o", folder.file("thu.pdf").path])
        let pdf = try PrintedPDF(folder.file("thu.pdf"))
        #expect(pdf.pages.count == 1)
        let page = pdf.pages[0]
        let hundred = try #require(page.words.first { $0.text == "100" && $0.box.yMin < 15 * Self.mm })
        #expect(abs(hundred.box.centreX / Self.mm - 100) < 1, "the top ruler's 100 at 100 mm: \(hundred.box.centreX / Self.mm)")
        let label = try #require(page.words.first { $0.text == "ho_ten" })
        #expect(abs(label.box.xMin / Self.mm - 20.8) < 1 && abs(label.box.yMin / Self.mm - 84.8) < 1.5, "the box's label at its corner")
        // Each box's top edge is a drawn line at the field's y.
        for field in profile.fields {
            #expect(page.rules.contains { abs($0.y / Self.mm - field.y) < 0.5 && abs($0.x1 / Self.mm - field.x) < 0.5 },
                    "a box at \(field.name)")
        }
    }
}
