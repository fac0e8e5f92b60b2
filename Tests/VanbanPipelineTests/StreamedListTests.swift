import Foundation
import Testing
import VanbanODF
import VanbanPipeline
import VanbanTestSupport

/// `tao --danh-sach`: the danh sách is read while the document renders, a batch of records
/// ahead on a second thread, never held whole; what comes out is what the whole list gave.
@Suite struct StreamedListTests {
    /// A document walking its danh sách three times: whether it is empty, its rows (the last one
    /// marked), and its length.
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:body><office:text>
        <text:p>{{tieu_de}}</text:p>
        <text:p>{{^danh_sach}}Không có ai.{{/danh_sach}}</text:p>
        <text:p>{{#danh_sach}}</text:p>
        <text:p>{{@stt}}. {{ho_ten}} – {{don_vi}}{{#@cuoi}} (hết){{/@cuoi}}</text:p>
        <text:p>{{/danh_sach}}</text:p>
        <text:p>Tổng: {{#danh_sach}}{{#@cuoi}}{{@stt}}{{/@cuoi}}{{/danh_sach}} người</text:p>
        </office:text></office:body></office:document>
        """

    /// `ds.fodt` (`template`), the list `ds.csv` and `chung.yaml` written in `folder`: the job
    /// that fills the template once into `output`, its danh sách read from `ds.csv` as it renders.
    static func streamingJob(in folder: TemporaryFolder, template: String = Self.template, list: String,
                             output: String) throws -> Job {
        let templateURL = try folder.write("ds.fodt", template)
        try folder.write("ds.csv", list)
        try folder.write("chung.yaml", "tieu_de: Danh sách\n")
        return Job(template: templateURL, records: .document(folder.file("chung.yaml"), list: folder.file("ds.csv")),
                   layout: .oneDocument, output: folder.file(output))
    }

    static func rows(_ count: Int, from first: Int = 1) -> String {
        (first..<first + count).map { "Người số \($0),Đơn vị \($0 % 7) & \"Khoa\" <A>\n" }.joined()
    }

    /// 700 rows (three batches of the reading thread and part of a fourth), in both formats:
    /// the same text as the same list given whole in the data file.
    @Test(arguments: [OutputFormat.fodt, .odt])
    func theListRendersAsTheWholeListDid(format: OutputFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let items = (1...700).map { #"  - {ho_ten: "Người số \#($0)", don_vi: "Đơn vị \#($0 % 7) & \"Khoa\" <A>"}"# }
        try folder.write("ca-danh-sach.yaml", "tieu_de: Danh sách\ndanh_sach:\n" + items.joined(separator: "\n") + "\n")

        let streamed = try Self.streamingJob(in: folder, list: "Họ và tên,Đơn vị\n" + Self.rows(700), output: "luong.\(format)")
            .run()
        _ = try Job(template: folder.file("ds.fodt"), records: .document(folder.file("ca-danh-sach.yaml"), list: nil),
                    layout: .oneDocument, output: folder.file("ca.\(format)")).run()
        let text = try Document(contentsOf: folder.file("luong.\(format)")).plainText
        #expect(text == (try Document(contentsOf: folder.file("ca.\(format)")).plainText))
        #expect(text.contains("1. Người số 1 – Đơn vị 1 & \"Khoa\" <A>\n"))
        #expect(text.contains("700. Người số 700 – Đơn vị 0 & \"Khoa\" <A> (hết)\n"))
        #expect(text.components(separatedBy: "(hết)").count == 2)
        #expect(text.contains("Tổng: 700 người"))
        #expect(!text.contains("Không có ai"))
        #expect(streamed.statistics.renders == 1)
        #expect(try folder.contents().filter { $0.hasPrefix(WorkFolder.prefix) }.isEmpty)
    }

    /// A list with no record: the inverted section shows, the rows do not.
    @Test func anEmptyListShowsItsInvertedSection() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.streamingJob(in: folder, list: "Họ và tên,Đơn vị\n", output: "ra.fodt").run()
        let text = try Document(contentsOf: folder.file("ra.fodt")).plainText
        #expect(text.contains("Không có ai."))
        #expect(text.contains("Tổng:  người"))
    }

    /// A bad row far down the list (after the first megabyte of output has gone to disk) is
    /// its list's error, with its row; nothing is written, no temporary file is left.
    @Test func aBadRowDownTheListLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let list = "Họ và tên,Đơn vị\n" + Self.rows(15000) + "Người thừa,Đơn vị,ô thừa\n" + Self.rows(10, from: 15001)
        let job = try Self.streamingJob(in: folder, list: list, output: "ra/ds.fodt")
        let message = thrownMessage { _ = try job.run() }
        #expect(message?.contains("dòng 15002") == true, "\(message ?? "")")
        #expect(!FileManager.default.fileExists(atPath: folder.file("ra/ds.fodt").path))
        #expect(try folder.contents().sorted() == ["chung.yaml", "ds.csv", "ds.fodt"])
    }

    /// A field missing from every row: each problem names its record and row; the walk stops
    /// after a thousand of them.
    @Test func problemsNameTheirRowsAndStopAtAThousand() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let job = try Self.streamingJob(in: folder, template: Self.template.replacingOccurrences(of: "{{don_vi}}", with: "{{chuc_vu}}"),
                                        list: "Họ và tên,Đơn vị\n" + Self.rows(1500), output: "ra.odt")
        let error = #expect(throws: JobError.self) { _ = try job.run() }
        guard case .records(let errors, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(errors.count == 1000)
        #expect(error?.description.contains("chuc_vu") == true)
        #expect(error?.description.contains("ds.csv, dòng 2") == true, "\(error?.description.prefix(400) ?? "")")
        #expect(try folder.contents().sorted() == ["chung.yaml", "ds.csv", "ds.fodt"])
    }

    /// A list walked three times (`{{^danh_sach}}` first, which reads only the start) is read
    /// again each time; the warning its end gives (names in capitals) is said once.
    @Test func warningsAreSaidOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = (1...3000).map { "NGUYỄN VĂN AN \($0),Sở Y tế\n" }.joined()
        let events = EventLog()
        _ = try Self.streamingJob(in: folder, list: "Họ và tên,Đơn vị\n" + rows, output: "ra.fodt").run(events.add)
        #expect(events.warnings.count == 1, "\(events.warnings)")
        #expect(events.warnings.first?.contains("IN HOA") == true, "\(events.warnings)")
        #expect(try Document(contentsOf: folder.file("ra.fodt")).plainText.contains("Tổng: 3000 người"))
    }

    /// A template that only asks whether the list is empty, or never walks it, still has the
    /// whole list checked: a bad row is an error, and nothing is written.
    @Test(arguments: ["<text:p>{{^danh_sach}}Không có ai.{{/danh_sach}}</text:p>", "<text:p>{{tieu_de}}</text:p>"])
    func aListNeverWalkedToItsEndIsStillChecked(body: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let job = try Self.streamingJob(in: folder, template: Self.template.replacingOccurrences(
            of: Self.template[Self.template.range(of: "<text:p>{{tieu_de}}")!.lowerBound..<Self.template.range(of: "</office:text>")!.lowerBound],
            with: body + "\n"), list: "Họ và tên,Đơn vị\n" + Self.rows(2000) + "Người thừa,Đơn vị,ô thừa\n", output: "ra.fodt")
        let message = thrownMessage { _ = try job.run() }
        #expect(message?.contains("dòng 2002") == true, "\(message ?? "")")
        #expect(!FileManager.default.fileExists(atPath: folder.file("ra.fodt").path))
    }

    /// `{{danh_sach}}` printed as a value is refused as it always was: a list is not a value.
    @Test func theListIsNotAValueToPrint() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = Self.template.replacingOccurrences(of: "<text:p>{{tieu_de}}</text:p>", with: "<text:p>{{danh_sach}}</text:p>")
        let job = try Self.streamingJob(in: folder, template: template, list: "Họ và tên,Đơn vị\n" + Self.rows(3), output: "ra.fodt")
        let message = thrownMessage { _ = try job.run() }
        #expect(message?.contains(#"trường "danh_sach" là danh sách, không phải một giá trị để in ra"#) == true, "\(message ?? "")")
    }

    /// A footer (styles.xml of an .odt) walking the list counts it as the body does.
    @Test(arguments: [OutputFormat.fodt, .odt])
    func aFooterWalksTheListToo(format: OutputFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let footer = """
            <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">\
            <style:footer><text:p>Cộng {{#danh_sach}}{{#@cuoi}}{{@stt}}{{/@cuoi}}{{/danh_sach}} người\
            {{^danh_sach}} TRỐNG{{/danh_sach}}</text:p></style:footer></style:master-page></office:master-styles>
            """
        let withFooter = Self.template
            .replacingOccurrences(of: "xmlns:text=", with: "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=")
            .replacingOccurrences(of: "<office:body>", with: "<office:automatic-styles><style:page-layout style:name=\"pm1\"/></office:automatic-styles>" + footer + "<office:body>")
        _ = try Self.streamingJob(in: folder, template: withFooter, list: "Họ và tên,Đơn vị\n" + Self.rows(300), output: "ra.\(format)")
            .run()
        let xml = String(decoding: try Document(contentsOf: folder.file("ra.\(format)")).fodtData(), as: UTF8.self)
        #expect(xml.contains("Cộng 300 người"), "\(xml.prefix(2000))")
        #expect(!xml.contains("TRỐNG"))
    }
}
