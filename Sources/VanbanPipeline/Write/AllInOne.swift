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

    func write(_ report: @Sendable (JobEvent) -> Void) throws(JobError) -> JobResult {
        guard let records = inputs.records else { throw .dataIsNotAList(file: job.template.relativePath) }
        let template = inputs.template
        let target = plan.location
        do {
            let work = try WorkFolder(in: target.deletingLastPathComponent())
            defer { work.remove() }
            let flat = work.file(target.deletingPathExtension().lastPathComponent + ".fodt")
            let file = try AtomicFile(url: flat, durable: false)
            guard let first = records.nextRecord() else { throw JobError.emptyList(file: records.file) }
            var pages = try template.startPages(first: first.value, restartNumbering: restartNumbering)
            var record: (value: Value, place: RecordPlace)? = first
            while let (value, place) = record, pages.errorCount < Self.problemLimit {
                pages.add(value, record: place)
                if pages.isLarge { try file.write(pages.take()) }
                report(.rendering(done: place.numbers[0], total: records.total))
                record = records.nextRecord()
            }
            let last: Data
            do {
                last = try pages.finish()
            } catch {
                throw JobError.records(error.all, records: records.count)
            }
            if !pages.droppedCharacters.isEmpty { report(.warning(.droppedCharacters(pages.droppedCharacters))) }
            try file.write(last)
            try file.commit()
            let result: URL
            switch plan.format {
            case .fodt:
                result = flat
            case .odt:
                // The pages are one flat document; its package is made from it.
                result = work.file(target.lastPathComponent)
                try Document(contentsOf: flat).write(to: result, format: .odt)
            case .pdf, .docx:
                guard let converter = plan.converter else { throw ODFError.officeMissing(format: plan.format) }
                result = try converter.convert([flat], to: plan.format, into: work.url)[0]
                report(.converting(done: 1, total: 1))
            }
            AtomicFile.flushFileSystem(of: work.url)
            try work.publish(result, as: target)
            return JobResult(location: target, written: 1, records: records.count,
                             statistics: .init(checks: records.count, renders: template.renderedRecords))
        } catch let error as JobError {
            throw error
        } catch let error as ODFError {
            throw .output(error)
        } catch let error as TemplateError {
            throw .template(error)
        } catch {
            throw .output(.cannotWrite(path: target.relativePath, reason: "\(error)"))
        }
    }
}
