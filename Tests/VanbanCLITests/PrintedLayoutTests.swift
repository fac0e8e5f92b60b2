import Foundation
import Testing
import VanbanTestSupport

/// The built-in documents as they print (issue 13): each is made into PDF by the `vanban`
/// binary through LibreOffice, and what SPEC §1–§2 ask is measured on the PDF's words and drawn
/// lines: margins, the three lines of the header, page numbers, headings kept with their text,
/// the signature space, the danh sách's repeated table heading. Figures are printed.
@Suite(.serialized, .enabled(if: PrintedPDF.isAvailable, PrintedPDF.missingNote))
struct PrintedLayoutTests {
    static let root = BuiltInTemplateTests.templates.deletingLastPathComponent()
    static let mm = PrintedPDF.millimetre
    /// The text area of an A4 portrait page with margins left 30, right 15 mm.
    static let textLeft = 30 * mm, textRight = 195 * mm
    static var textCentre: Double { (textLeft + textRight) / 2 }

    /// A document made by `vanban tao TEMPLATE DATA` as PDF.
    static func printed(_ template: String, _ data: String, _ extra: [String] = [], in folder: TemporaryFolder) throws -> PrintedPDF {
        let pdf = folder.file("\(URL(fileURLWithPath: data).deletingPathExtension().lastPathComponent).pdf")
        let result = try Vanban.run(["tao", template, data, "-o", pdf.path] + extra, in: root)
        guard result.status == 0 else { throw PrintFailure(message: "vanban tao \(template): \(result.error)") }
        return try PrintedPDF(pdf)
    }

    struct PrintFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// A built-in template with its sample data, or with one of examples/.
    struct Case: CustomTestStringConvertible, Sendable {
        let template: String
        let data: String
        let title: String?
        let signer: (title: String, name: String)
        var testDescription: String { data }
    }

    static let documents: [Case] = [
        Case(template: "ke-hoach", data: "templates/ke-hoach.yaml", title: "KẾ HOẠCH", signer: ("GIÁM ĐỐC", "Nay Phi La")),
        Case(template: "ke-hoach", data: "examples/ke-hoach-dak-lak.yaml", title: "KẾ HOẠCH", signer: ("GIÁM ĐỐC", "Nay Phi La")),
        Case(template: "ke-hoach", data: "examples/ke-hoach-kon-tum.yaml", title: "KẾ HOẠCH", signer: ("GIÁM ĐỐC", "Võ Văn Thanh")),
        Case(template: "quyet-dinh-khen-thuong", data: "templates/quyet-dinh-khen-thuong.yaml", title: "QUYẾT ĐỊNH", signer: ("GIÁM ĐỐC", "Nguyễn Văn An")),
        Case(template: "giay-moi", data: "templates/giay-moi.yaml", title: "GIẤY MỜI", signer: ("PHÓ GIÁM ĐỐC", "Trần Văn Bình")),
        Case(template: "cong-van", data: "templates/cong-van.yaml", title: nil, signer: ("PHÓ GIÁM ĐỐC", "Trần Văn Bình")),
    ]

    @Test(arguments: documents)
    func theThreeLinesOfTheHeaderAreDrawnCentredAndOfTheirLength(_ document: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = try Self.printed(document.template, document.data, in: folder).pages[0]
        print("\(document.data): " + (try Self.checkHeader(of: page, agency: "SỞ Y TẾ", title: document.title)))
    }

    /// A two-line agency and a two-line trích yếu: their lines stay within half of the longest line.
    @Test func longAgencyAndTrichYeuKeepTheirLinesWithinHalf() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sample = try String(contentsOf: BuiltInTemplateTests.templates.appendingPathComponent("giay-moi.yaml"), encoding: .utf8)
        let long = sample.replacingOccurrences(of: "co_quan: Sở Y tế\n", with: "co_quan: Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk\n")
            .replacingOccurrences(of: "trich_yeu: Dự Hội nghị điển hình tiên tiến ngành y tế giai đoạn 2020 - 2025",
                                  with: "trich_yeu: Dự Hội nghị điển hình tiên tiến ngành y tế giai đoạn 2020 - 2025 tiến tới Đại hội thi đua yêu nước tỉnh Đắk Lắk lần thứ XII")
        let data = try folder.write("dai.yaml", long)
        let page = try Self.printed("giay-moi", data.path, in: folder).pages[0]
        print("two-line agency and trích yếu: " + (try Self.checkHeader(of: page, agency: "TRUNG TÂM KIỂM SOÁT", title: "GIẤY MỜI",
                                                                        fixedAgencyLine: true)))
    }

    /// Checks the lines under the agency (whose first line starts with `agency`), the Tiêu ngữ
    /// and the trích yếu (under `title`); returns the figures.
    ///
    /// The lines are drawn (paragraph borders, issue 28), no longer underlined white copies of the
    /// text, so their length is set in the template for its sample agency: `fixedAgencyLine` marks
    /// a much longer agency, whose line stays the sample's length (a known issue, reported).
    static func checkHeader(of page: PrintedPDF.Page, agency: String, title: String?, fixedAgencyLine: Bool = false) throws -> String {
        // Cơ quan ban hành: a line 1/3–1/2 of its (longest) text line, centred under it.
        let first = try #require(page.printedLines.firstIndex { $0.text.hasPrefix(agency) })
        var agencyLines = [page.printedLines[first]]
        for line in page.printedLines[(first + 1)...] where line.box.xMax < 100 * mm && line.box.yMin < agencyLines.last!.box.yMax + 2 {
            agencyLines.append(line)
        }
        let agencyBox = agencyLines.dropFirst().reduce(agencyLines[0].box) { $0.union($1.box) }
        let agencyWidth = agencyLines.map(\.box.width).max() ?? 0
        let agencyRule = try #require(page.rules(under: agencyBox).first, "no line under the agency: \(page.rules)")
        let agencyRatio = agencyRule.length / agencyWidth
        if fixedAgencyLine {
            withKnownIssue("a drawn line has the template's length, not 1/3–1/2 of a much longer agency name") {
                #expect((1.0 / 3...0.5).contains(agencyRatio), "agency line \(agencyRule.length) / text \(agencyWidth)")
            }
        } else {
            #expect((1.0 / 3...0.5).contains(agencyRatio), "agency line \(agencyRule.length) / text \(agencyWidth)")
        }
        #expect(abs(agencyRule.centreX - agencyBox.centreX) < 1.5, "agency line centred")
        // Tiêu ngữ: a line as long as its text.
        let motto = try #require(page.printedLines.first { $0.text == "Độc lập - Tự do - Hạnh phúc" })
        let mottoRule = try #require(page.rules(under: motto.box).first)
        #expect(abs(mottoRule.length - motto.box.width) < 2 && abs(mottoRule.centreX - motto.box.centreX) < 1.5,
                "Tiêu ngữ line \(mottoRule) under \(motto.box)")
        var summary = String(format: "agency (%d lines) line %.1f / %.1f pt = %.2f; Tiêu ngữ line %.1f / %.1f pt", agencyLines.count,
                             agencyRule.length, agencyWidth, agencyRatio, mottoRule.length, motto.box.width)
        // Trích yếu: under its last line, 1/3–1/2 of its longest line, centred on the text area.
        if let title {
            let heading = try #require(page.printedLines.first { $0.text == title })
            let rule = try #require(page.rules.first { $0.y > heading.box.yMax && abs($0.centreX - textCentre) < 2 },
                                    "no line under the trích yếu")
            let subject = page.printedLines.filter { $0.box.yMin > heading.box.yMin + 5 && $0.box.yMax < rule.y + 1 }
            let longest = try #require(subject.map(\.box.width).max())
            let ratio = rule.length / longest
            #expect((1.0 / 3...0.5).contains(ratio), "trích yếu line \(rule.length) / longest line \(longest)")
            #expect(abs(rule.centreX - textCentre) < 1.5)
            #expect(rule.y - (subject.map(\.box.yMax).max() ?? 0) < 8, "the line is right under the trích yếu")
            summary += String(format: "; trích yếu (%d lines) line %.1f / %.1f pt = %.2f", subject.count, rule.length, longest, ratio)
        }
        return summary
    }

    @Test(arguments: documents)
    func marginsPageNumbersAndSignatureSpace(_ document: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = try Self.printed(document.template, document.data, in: folder)
        var numbers: [String] = []
        // A phụ lục (the danh sách of a decision) is numbered from its own first page.
        let appendix = pdf.pages.firstIndex { page in page.printedLines.contains { $0.text.hasPrefix("DANH SÁCH") } } ?? pdf.pages.count
        for (index, page) in pdf.pages.enumerated() {
            let lines = page.printedLines
            let number = lines.first { $0.box.yMax < 20 * Self.mm && $0.text.allSatisfy(\.isNumber) }
            let first = index < appendix ? 0 : appendix
            if index == first {
                #expect(number == nil, "page \(index + 1), the first of its part, has no number")
            } else {
                let found = try #require(number, "page \(index + 1) has its number in the top margin")
                #expect(found.text == "\(index - first + 1)")
                #expect(abs(found.box.centreX - Self.textCentre) < 2, "the number is centred")
            }
            numbers.append(number?.text ?? "–")
            let body = lines.filter { $0.box.yMin >= 20 * Self.mm - 2 }
            #expect(body.count + (number == nil ? 0 : 1) == lines.count, "page \(index + 1): text above the 20 mm margin")
            let box = try #require(body.dropFirst().reduce(body.first?.box) { $0?.union($1.box) })
            #expect(box.xMin >= Self.textLeft - 1 && box.xMax <= Self.textRight + 1, "page \(index + 1): text \(box) inside 30–195 mm")
            // pdftotext's box of a line is the font's whole height (1.3 em for Times); at a line
            // height of 120 % the last line's box may hang up to 1.4 pt below the text area
            // while its ink stays inside: a line really past the margin is 16 pt or more.
            #expect(box.yMax <= (297 - 20) * Self.mm + 2, "page \(index + 1): text above the bottom margin")
        }
        // Signature: at least 3 cm between the chức vụ and the name.
        if !document.signer.name.isEmpty {
            let last = try #require(pdf.pages.first { page in page.printedLines.contains { $0.text == document.signer.name } })
            let name = try #require(last.printedLines.first { $0.text == document.signer.name })
            let title = try #require(last.printedLines.last { $0.text == document.signer.title && $0.box.yMax < name.box.yMin },
                                     "the chức vụ is on the page of the name")
            let space = (name.box.yMin - title.box.yMax) / Self.mm / 10
            #expect(space >= 3, "signature space \(space) cm")
            print(String(format: "%@: %d pages, numbers %@; signature space %.2f cm", document.data, pdf.pages.count,
                         numbers.joined(separator: " "), space))
        } else {
            print("\(document.data): \(pdf.pages.count) pages, numbers \(numbers.joined(separator: " "))")
        }
    }

    /// Roman-numbered part headings of a Kế hoạch (`III. KINH PHÍ`) never end a page.
    @Test(arguments: documents.filter { $0.template == "ke-hoach" })
    func aHeadingNeverEndsAPage(_ document: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = try Self.printed(document.template, document.data, in: folder)
        let heading = try NSRegularExpression(pattern: #"^[IVX]+\. \p{Lu}"#)
        var headings = 0
        for (index, page) in pdf.pages.enumerated() {
            let lines = page.printedLines.filter { $0.box.xMin < 100 * Self.mm }  // the body, not the signature column
            for line in lines where heading.firstMatch(in: line.text, range: NSRange(line.text.startIndex..., in: line.text)) != nil {
                headings += 1
                #expect(lines.contains { $0.box.yMin > line.box.yMax }, "page \(index + 1) ends with the heading \(line.text)")
            }
        }
        #expect(headings >= 3)
    }

    /// A numbered sub-heading inside a part's text (`3. Nội dung …:`, a paragraph of its own)
    /// never ends a page: it is written in the template's "Tiểu mục" style, kept with the
    /// next paragraph. Each shift (a longer first part) moves the page breaks by a line or
    /// more; without the style, every one of these shifts leaves a sub-heading at the bottom
    /// of a page (pages 1–3).
    @Test(arguments: 1...4)
    func aSubHeadingNeverEndsAPage(shift: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sample = try String(contentsOf: Self.root.appendingPathComponent("templates/ke-hoach.yaml"), encoding: .utf8)
        let head = try #require(sample.range(of: "phan:")), tail = try #require(sample.range(of: "# Kinh phí"))
        let sentence = "Các đơn vị tổ chức triển khai, tuyên truyền sâu rộng đến toàn thể cán bộ, viên chức và người lao động trong đơn vị. "
        var parts = "phan:\n  - tieu_de: I. MỤC ĐÍCH, YÊU CẦU\n    noi_dung: |-\n      \(String(repeating: sentence, count: 1 + shift))\n"
        parts += "  - tieu_de: II. NỘI DUNG\n    noi_dung: |-\n"
        for index in 1...12 {
            parts += "      \(index). Nội dung công việc thứ \(index):\n\n      \(String(repeating: sentence, count: 2 + index * 3 % 5))\n\n"
        }
        let data = try folder.write("ke-hoach.yaml", String(sample[..<head.lowerBound]) + parts + String(sample[tail.lowerBound...]))
        let pdf = try Self.printed("ke-hoach", data.path, in: folder)
        var subHeadings = 0
        for (index, page) in pdf.pages.enumerated() {
            let body = page.printedLines.filter { $0.box.xMin < 100 * Self.mm }
            for line in body where line.text.contains(". Nội dung công việc thứ ") {
                subHeadings += 1
                #expect(body.contains { $0.box.yMin > line.box.yMax }, "page \(index + 1) ends with the sub-heading \(line.text)")
            }
        }
        #expect(subHeadings == 12)
    }

    /// No paragraph leaves its first line alone at the bottom of a page (orphan) or its last
    /// line alone at the top of the next (widow). A paragraph's first line is indented 1 cm
    /// (x = 40 mm), its other lines start at the margin (x = 30 mm).
    @Test(arguments: documents.filter { $0.template == "ke-hoach" })
    func noWidowOrOrphanLines(_ document: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = try Self.printed(document.template, document.data, in: folder)
        func body(_ page: PrintedPDF.Page) -> [PrintedPDF.Line] {
            page.printedLines.filter { $0.box.yMin >= 20 * Self.mm - 3 && (abs($0.box.xMin - 30 * Self.mm) < 1 || abs($0.box.xMin - 40 * Self.mm) < 1) }
        }
        func isFirstLine(_ line: PrintedPDF.Line) -> Bool { abs(line.box.xMin - 40 * Self.mm) < 1 }
        var breaks = 0
        for index in pdf.pages.indices.dropLast() {
            let here = body(pdf.pages[index]), next = body(pdf.pages[index + 1])
            guard let last = here.last, let first = next.first, !isFirstLine(first) else { continue }
            breaks += 1
            #expect(!isFirstLine(last), "page \(index + 1) ends with the first line of a paragraph: \(last.text)")
            #expect(next.count > 1 && !isFirstLine(next[1]), "page \(index + 2) starts with the last line of a paragraph: \(first.text)")
        }
        print("\(document.data): \(breaks) paragraphs run across a page break, none leaving a single line")
    }

    /// A decision whose danh sách spans pages: the list numbered from its own first page, its
    /// table heading on top of each page, the line under "(Kèm theo …)".
    @Test func aLongDanhSachIsNumberedOnItsOwnWithItsHeadingOnEveryPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var csv = "Đối tượng,Họ tên,Chức vụ,Đơn vị\n"
        for index in 1...8 { csv += "Tập thể,Khoa số \(index),,Bệnh viện Đa khoa tỉnh\n" }
        for index in 1...72 { csv += "Cá nhân,Nguyễn Văn Người \(index),Bác sĩ,Trung tâm Y tế huyện số \(index % 9 + 1)\n" }
        let list = try folder.write("ds.csv", csv)
        let pdf = try Self.printed("quyet-dinh-khen-thuong", "templates/quyet-dinh-khen-thuong.yaml", ["--danh-sach", list.path], in: folder)
        let first = try #require(pdf.pages.firstIndex { page in page.printedLines.contains { $0.text.hasPrefix("DANH SÁCH TẬP THỂ") } })
        #expect(first == 1, "the decision on one page, the list from page 2")
        #expect(pdf.pages.count - first >= 3, "the list spans at least 3 pages")
        var tops: [String] = []
        for (offset, page) in pdf.pages[first...].enumerated() {
            let number = page.printedLines.first { $0.box.yMax < 20 * Self.mm && $0.text.allSatisfy(\.isNumber) }
            if offset == 0 {
                #expect(number == nil, "the list's first page has no number")
            } else {
                #expect(number?.text == "\(offset + 1)", "list page \(offset + 1) is numbered \(offset + 1)")
                #expect(abs((number?.box.centreX ?? 0) - Self.textCentre) < 2)
            }
            let heading = try #require(page.printedLines.first { $0.text.hasPrefix("STT") }, "list page \(offset + 1) repeats the heading")
            let rows = page.printedLines.filter { $0.box.yMin > 20 * Self.mm && $0.text.first?.isNumber == true }
            #expect(rows.allSatisfy { $0.box.yMin > heading.box.yMax }, "the heading is the table's top row")
            tops.append(String(format: "%.1f mm", heading.box.yMin / Self.mm))
            if offset > 0 { #expect(heading.box.yMin < 32 * Self.mm, "the heading starts the page") }
        }
        // "(Kèm theo …)": a line under it, centred.
        let page = pdf.pages[first]
        let note = page.printedLines.filter { $0.text.contains("Kèm theo") || $0.text.hasSuffix("Lắk)") }
        let noteBox = try #require(note.dropFirst().reduce(note.first?.box) { $0?.union($1.box) })
        let rule = try #require(page.rules(under: noteBox).first, "no line under (Kèm theo …)")
        #expect(abs(rule.centreX - Self.textCentre) < 1.5 && rule.length > 20 * Self.mm && rule.length < noteBox.width)
        print(String(format: "danh sách: pages %d–%d; heading top per list page: %@; (Kèm theo) line %.1f mm",
                     first + 1, pdf.pages.count, tops.joined(separator: ", "), rule.length / Self.mm))
    }

    /// The electronic copy's danh sách travels in the same file as the decision: ND30 Phụ lục I
    /// (I.8.d) has the văn thư sign the decision only, not what is attached in the same file, so
    /// the annex keeps its "(Kèm theo …)" line as on paper and no signature place of its own.
    @Test func theElectronicCopysAnnexIsTheAnnexOnPaper() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var csv = "Đối tượng,Họ tên,Chức vụ,Đơn vị\n"
        for index in 1...30 { csv += "Cá nhân,Trần Thị Người \(index),Điều dưỡng,Bệnh viện Đa khoa tỉnh\n" }
        let list = try folder.write("ds.csv", csv)
        var annexes: [[String]] = []
        for extra in [[String](), ["--ban-dien-tu"]] {
            let pdf = try Self.printed("quyet-dinh-khen-thuong", "templates/quyet-dinh-khen-thuong.yaml",
                                       ["--danh-sach", list.path] + extra, in: folder)
            let first = try #require(pdf.pages.firstIndex { page in page.printedLines.contains { $0.text.hasPrefix("DANH SÁCH TẬP THỂ") } })
            let page = pdf.pages[first]
            let title = try #require(page.printedLines.first { $0.text.hasPrefix("DANH SÁCH TẬP THỂ") })
            #expect(page.printedLines.allSatisfy { $0.box.yMin >= title.box.yMin || $0.text.allSatisfy(\.isNumber) },
                    "nothing above the annex's title (\(extra))")
            #expect(page.printedLines.contains { $0.text.hasPrefix("(Kèm theo Quyết định số") }, "\(extra)")
            annexes.append(pdf.pages[first...].flatMap { $0.printedLines.map(\.text) })
        }
        #expect(annexes[0] == annexes[1], "the annex reads the same on paper and in the electronic copy")
    }

    /// The Giấy khen: one landscape page, content spread over the border, 3 cm for the signature.
    @Test func theGiayKhenIsBalancedOverItsBorder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pdf = try Self.printed("giay-khen", "templates/giay-khen.yaml", in: folder)
        #expect(pdf.pages.count == 1)
        let page = pdf.pages[0]
        #expect(abs(page.width - 297 * Self.mm) < 1 && abs(page.height - 210 * Self.mm) < 1)
        let lines = page.printedLines
        let box = try #require(lines.dropFirst().reduce(lines.first?.box) { $0?.union($1.box) })
        let top = box.yMin / Self.mm, bottom = 210 - box.yMax / Self.mm
        #expect(abs(top - bottom) < 5, "top gap \(top) mm, bottom gap \(bottom) mm")
        let award = try #require(lines.first { $0.text == "GIẤY KHEN" })
        let middle = (award.box.yMin + award.box.yMax) / 2 / Self.mm
        #expect(middle > 60 && middle < 105, "GIẤY KHEN in the upper middle (\(middle) mm)")
        let name = try #require(lines.first { $0.text == "Nguyễn Văn An" })
        let title = try #require(lines.first { $0.text == "GIÁM ĐỐC" })
        let space = (name.box.yMin - title.box.yMax) / Self.mm / 10
        #expect(space >= 3)
        print(String(format: "giay-khen: content %.1f–%.1f mm of 210 (gaps %.1f / %.1f mm); signature space %.2f cm",
                     box.yMin / Self.mm, box.yMax / Self.mm, top, bottom, space))
    }
}
