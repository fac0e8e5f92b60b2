import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// One file with a page per record: each record rendered once, straight into a file in a
/// private work folder; put in place only when every record rendered without a problem.
struct AllInOne {
    let job: Job
    let plan: OutputPlan
    let inputs: JobInputs
    let restartNumbering: Bool

    /// A batch stops rendering after this many problems (they are all reported).
    static let problemLimit = 1000

    /// Every record rendered into `pages`, their bytes handed to `write` a megabyte at a time;
    /// the last bytes returned. Throws the problems of every record.
    private func fill<Document: RecordPages>(_ pages: inout Document, from first: (value: Value, place: RecordPlace),
                                             _ records: RecordStream, write: (Data) throws -> Void,
                                             _ report: @Sendable (JobEvent) -> Void) throws -> Data {
        var record: (value: Value, place: RecordPlace)? = first
        while let (value, place) = record, pages.errorCount < Self.problemLimit {
            pages.add(value, record: place)
            if pages.isLarge { try write(pages.take()) }
            report(.rendering(done: place.numbers[0], total: records.total))
            record = try records.nextRecord()
        }
        let last: Data
        do {
            last = try pages.finish()
        } catch {
            throw JobError.records(records.attributed(error.all), records: records.count)
        }
        if !pages.droppedCharacters.isEmpty { report(.warning(.droppedCharacters(pages.droppedCharacters))) }
        return last
    }

    /// The records' pages rendered into one Flat ODT in the work folder, a megabyte at a time.
    private func flat(_ first: (value: Value, place: RecordPlace), _ records: RecordStream, work: WorkFolder,
                      _ report: @Sendable (JobEvent) -> Void) throws -> URL {
        let flat = work.file(plan.location.deletingPathExtension().lastPathComponent + ".fodt")
        let file = try AtomicFile(url: flat, durable: false)
        var pages = try inputs.template.startPages(first: first.value, restartNumbering: restartNumbering)
        try file.write(try fill(&pages, from: first, records, write: { try file.write($0) }, report))
        try file.commit()
        return flat
    }

    /// The records' pages rendered into one packaged ODT in the work folder: `content.xml`
    /// deflated into the package as the records render, so memory stays flat however many.
    private func packaged(_ first: (value: Value, place: RecordPlace), _ records: RecordStream, work: WorkFolder,
                          _ report: @Sendable (JobEvent) -> Void) throws -> URL {
        let url = work.file(plan.location.lastPathComponent)
        var pages = try inputs.template.startPackagePages(first: first.value, restartNumbering: restartNumbering)
        let package = try PackageStream(url: url, path: plan.location.relativePath)
        try package.write(try fill(&pages, from: first, records, write: { try package.write($0) }, report))
        try package.finish(parts: pages.parts, pictures: pages.pictures, version: pages.version)
        return url
    }

    /// The records' pages rendered into one Word document in the work folder.
    private func word(_ first: (value: Value, place: RecordPlace), _ records: RecordStream, work: WorkFolder,
                      _ report: @Sendable (JobEvent) -> Void) throws -> URL {
        var pages = try inputs.template.startDOCXPages(first: first.value, restartNumbering: restartNumbering)
        var record: (value: Value, place: RecordPlace)? = first
        while let (value, place) = record, pages.errorCount < Self.problemLimit {
            pages.add(value, record: place)
            report(.rendering(done: place.numbers[0], total: records.total))
            record = try records.nextRecord()
        }
        let bytes: Data
        do {
            bytes = try pages.finish()
        } catch let error as TemplateError {
            throw JobError.records(records.attributed(error.all), records: records.count)
        }
        if !pages.droppedCharacters.isEmpty { report(.warning(.droppedCharacters(pages.droppedCharacters))) }
        let file = work.file(plan.location.deletingPathExtension().lastPathComponent + ".docx")
        try AtomicFile.write(bytes, to: file, durable: false)
        return file
    }

    func write(_ report: @Sendable (JobEvent) -> Void) throws(JobError) -> JobResult {
        guard let records = inputs.records else { throw .dataIsNotAList(file: job.template.relativePath) }
        let template = inputs.template
        let target = plan.location
        do {
            let work = try WorkFolder(in: target.deletingLastPathComponent())
            defer { work.remove() }
            guard let first = try records.nextRecord() else { throw JobError.emptyList(file: records.file) }
            let staged = plan.isWord ? try word(first, records, work: work, report)
                : plan.format == .odt ? try packaged(first, records, work: work, report)
                : try flat(first, records, work: work, report)
            let result: URL
            switch plan.format {
            case .fodt:
                result = staged
            case .docx where plan.converter == nil:
                result = staged
            case .odt:
                result = staged
            default:
                guard let converter = plan.converter else { throw ODFError.officeMissing(format: plan.format) }
                result = try converter.convert([staged], to: plan.format, into: work.url)[0]
                report(.converting(done: 1, total: 1))
            }
            try work.flush()
            try work.publish(result, as: target)
            return JobResult(location: target, written: 1, records: records.count,
                             statistics: .init(checks: records.count, renders: template.renderedRecords))
        } catch {
            throw JobError(error, at: target.relativePath)
        }
    }
}
