import Foundation
import Testing
import VanbanODF
import VanbanPipeline
import VanbanTemplate
import VanbanTestSupport

/// The job run in-process, as the command line, the web page and the register run it.
@Suite struct JobTests {
    static let template = Bundle.module.url(forResource: "giay-khen", withExtension: "fodt", subdirectory: "Fixtures")!
    static let list = "Họ và tên,Đơn vị,Số sổ vàng\nNguyễn Thị Đào,Bệnh viện tỉnh,GK-1\nTrần Văn Bình,Trung tâm KSBT,GK-2\nLê Thị Cúc,Sở Y tế,GK-3\n"

    /// Every layout and format vanban writes itself: N records → N checks and N renders.
    @Test(arguments: [OutputFormat.fodt, .odt])
    func eachRecordIsCheckedAndRenderedOnce(format: OutputFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        try folder.write("ds.yaml", "- {ho_va_ten: An, don_vi: A, so_so_vang: '1'}\n- {ho_va_ten: Bình, don_vi: B, so_so_vang: '2'}\n")
        try folder.write("mot.yaml", "ho_va_ten: An\ndon_vi: A\nso_so_vang: '1'\n")

        let files = try Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                            layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file("ra"), format: format).run()
        #expect(files.statistics.checks == 3 && files.statistics.renders == 3)
        #expect(files.written == 3)
        #expect(try folder.contents(of: "ra") == ["001.\(format)", "002.\(format)", "003.\(format)", "vanban-ds.tsv"])

        let allInOne = try Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                               layout: .allInOne(restartNumbering: false), output: folder.file("mot.\(format)")).run()
        #expect(allInOne.statistics.checks == 3 && allInOne.statistics.renders == 3)
        #expect(try Document(contentsOf: folder.file("mot.\(format)")).plainText.components(separatedBy: "Tặng:").count - 1 == 3)

        let fromData = try Job(template: Self.template, records: .document(folder.file("ds.yaml"), list: nil),
                               layout: .allInOne(restartNumbering: true), output: folder.file("hai.\(format)")).run()
        #expect(fromData.statistics.checks == 2 && fromData.statistics.renders == 2)

        let one = try Job(template: Self.template, records: .document(folder.file("mot.yaml"), list: nil),
                          layout: .oneDocument, output: folder.file("mot-van-ban.\(format)")).run()
        #expect(one.statistics.checks == 1 && one.statistics.renders == 1)
        #expect(try Document(contentsOf: folder.file("mot-van-ban.\(format)")).plainText.contains("Tặng: An"))
    }

    /// A record with a problem: every problem reported once, grouped, and nothing written.
    @Test func aBadRecordLeavesTheFolderAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.yaml", "- {ho_ten: An, don_vi: A, so_so_vang: '1'}\n- {ho_ten: Bình, don_vi: B, so_so_vang: '2'}\n")
        try folder.write("ra/cu.txt", "giữ nguyên")
        let job = Job(template: Self.template, records: .list(folder.file("ds.yaml"), common: nil),
                      layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file("ra"))
        let error = #expect(throws: JobError.self) { try job.run() }
        guard case .records(let errors, let records)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(records == 2 && errors.count == 2)
        let lines = error?.description.split(separator: "\n") ?? []
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains(#"thiếu trường "ho_va_ten" ở các bản ghi 1, 2 (\#(folder.file("ds.yaml").path))"#) == true, "\(lines)")
        #expect(try folder.contents(of: "ra") == ["cu.txt"])
    }

    /// The output's name and the format asked must agree.
    @Test func aFormatThatDisagreesWithTheNameIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        let job = Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                      layout: .allInOne(restartNumbering: false), output: folder.file("tat-ca.fodt"), format: .odt)
        #expect(throws: JobError.formatMismatch(file: folder.file("tat-ca.fodt").relativePath, named: "fodt", format: .odt)) {
            try job.run()
        }
        #expect(try folder.contents() == ["ds.csv"])
    }

    /// A second batch into a folder another batch holds is refused; what a killed run left is removed.
    @Test func oneBatchAtATimeAndLeftoversRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        try folder.write("ra/\(WorkFolder.prefix)999999999-cu/001.fodt", "dở dang")
        let job = Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                      layout: .onePerRecord(names: "{{so_so_vang}}", groupBy: nil), output: folder.file("ra"))
        let held = try FolderLock(folder.file("ra"))
        #expect(throws: JobError.output(.folderBusy(folder: folder.file("ra").relativePath))) { try job.run() }
        held.release()
        let result = try job.run()
        #expect(result.written == 3)
        #expect(try folder.contents(of: "ra") == ["GK-1.fodt", "GK-2.fodt", "GK-3.fodt", "vanban-ds.tsv"])
    }

    /// Into a new folder the batch's files are named as they are written and the folder comes
    /// into place whole; into a folder holding the clerk's files, each file is moved in. Where
    /// the list's lines (1,001 with the header and the last line break) promise wider numbers
    /// than its 999 records need, the files still get three digits.
    @Test func aNewFolderAndAFolderInUseGetTheSameFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rows = (1...999).map { "Người \($0),Đơn vị,GK-\($0)\n" }.joined()
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\n" + rows)
        try folder.write("cu/giu.txt", "giữ nguyên")
        for target in ["moi", "cu"] {
            let result = try Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                                 layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file(target)).run()
            #expect(result.written == 999)
            let names = try folder.contents(of: target)
            #expect(names.count == (target == "cu" ? 1001 : 1000))
            #expect(names.first == "001.fodt" && names.contains("999.fodt") && names.contains("vanban-ds.tsv"))
            #expect(!names.contains { $0.hasPrefix(".vanban") })
        }
        #expect(try folder.contents(of: "cu").contains("giu.txt"))
        // 50 records, 52 lines: staged under their final names, the folder comes whole.
        try folder.write("nho.csv", "Họ và tên,Đơn vị,Số sổ vàng\n" + (1...50).map { "Người \($0),Đơn vị,GK-\($0)\n" }.joined())
        _ = try Job(template: Self.template, records: .list(folder.file("nho.csv"), common: nil),
                    layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file("nho")).run()
        let small = try folder.contents(of: "nho")
        #expect(small.count == 51 && small.first == "001.fodt" && small.contains("050.fodt") && small.last == "vanban-ds.tsv")
        #expect(try folder.contents().sorted() == ["cu", "ds.csv", "moi", "nho", "nho.csv"])
        let manifest = try String(contentsOf: folder.file("moi/vanban-ds.tsv"), encoding: .utf8)
        #expect(manifest.contains("999\t999.fodt\t"))
    }

    /// Progress and warnings come through the job's events, not printed by the library.
    @Test func progressIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list)
        let events = EventLog()
        _ = try Job(template: Self.template, records: .list(folder.file("ds.csv"), common: nil),
                    layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file("ra")).run(events.add)
        #expect(events.rendered == [1, 2, 3])
    }
}

/// Collects a job's events (they may come from several threads).
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [JobEvent] = []

    func add(_ event: JobEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    var rendered: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return events.compactMap { if case .rendering(let done, _) = $0 { done } else { nil } }
    }

    /// The warnings, as the clerk reads them.
    var warnings: [String] {
        lock.lock()
        defer { lock.unlock() }
        return events.compactMap { if case .warning(let warning) = $0 { warning.description } else { nil } }
    }
}

/// A problem with a field the common data gives is the common data's, not the list's rows.
@Suite struct CommonDataProblemTests {
    @Test func aBadCommonDateNamesTheCommonFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\nAn,A,1\nBình,B,2\n")
        try folder.write("chung.yaml", "ngay: 31/02/2026\n")
        let template = try folder.write("mau.fodt", try String(contentsOf: JobTests.template, encoding: .utf8)
            .replacingOccurrences(of: "{{ho_va_ten}}", with: "{{ho_va_ten}} {{ngay | ngay_dai}}"))
        let job = Job(template: template, records: .list(folder.file("ds.csv"), common: folder.file("chung.yaml")),
                      layout: .onePerRecord(names: nil, groupBy: nil), output: folder.file("ra"))
        let error = #expect(throws: JobError.self) { try job.run() }
        let lines = error?.description.split(separator: "\n") ?? []
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains(#"ở các bản ghi 1, 2 (\#(folder.file("chung.yaml").path)): ngày "31/02/2026" không có thật"#) == true,
                "\(lines)")
    }
}
