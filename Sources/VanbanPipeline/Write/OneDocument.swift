import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// One document from one data file: rendered once, written whole at its place (through
/// LibreOffice in a private work folder for PDF and DOCX).
struct OneDocument {
    let job: Job
    let plan: OutputPlan
    let inputs: JobInputs

    func write(_ report: @Sendable (JobEvent) -> Void) throws(JobError) -> JobResult {
        if let list = inputs.list { return try write(streaming: list, report) }
        let template = inputs.template
        let value = inputs.document ?? .object([:])
        let target = plan.location
        let bytes: Data
        do {
            switch plan.format {
            case _ where plan.isWord:
                bytes = try template.renderDOCXPackage(value)
            case .odt where !plan.isText && job.metadata == nil:
                bytes = try template.renderPackageParts(value).zip()
            default:
                let rendering = try template.render(value)
                if !rendering.droppedCharacters.isEmpty { report(.warning(.droppedCharacters(rendering.droppedCharacters))) }
                if let metadata = job.metadata, !plan.isText {
                    // The document's own description goes into office:meta: one parse of one document.
                    let document = try rendering.document()
                    document.setMetadata(metadata)
                    bytes = try document.data(as: plan.format == .odt ? .odt : .fodt)
                } else {
                    bytes = rendering.data
                }
            }
        } catch let error as TemplateError {
            throw .records([error], records: 1)
        } catch {
            throw JobError(error, at: target.relativePath)
        }
        report(.rendering(done: 1, total: 1))
        do {
            if let converter = plan.converter {
                let work = try WorkFolder(in: target.deletingLastPathComponent())
                defer { work.remove() }
                let flat = work.file(target.deletingPathExtension().lastPathComponent + (plan.isWord ? ".docx" : ".fodt"))
                try AtomicFile.write(bytes, to: flat, durable: false)
                let converted = try converter.convert([flat], to: plan.format, into: work.url)
                try work.flush()
                try work.publish(converted[0], as: target)
            } else {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(bytes, to: target)
            }
        } catch {
            throw JobError(error, at: target.deletingLastPathComponent().relativePath)
        }
        return JobResult(location: target, written: 1, records: 1,
                         statistics: .init(checks: 1, renders: template.renderedRecords))
    }

    /// The document with its danh sách read as it renders: written into a private work folder
    /// a megabyte at a time, and put in place (converted first, for PDF) only when every record
    /// read and rendered without a problem.
    private func write(streaming list: ListWalks, _ report: @Sendable (JobEvent) -> Void) throws(JobError) -> JobResult {
        let template = inputs.template
        let value = inputs.document ?? .object([:])
        let target = plan.location
        do {
            let work = try WorkFolder(in: target.deletingLastPathComponent())
            defer { work.remove() }
            let staged = work.file(target.deletingPathExtension().lastPathComponent + (plan.format == .odt ? ".odt" : ".fodt"))
            let dropped: [String]
            do {
                if plan.format == .odt {
                    dropped = try template.writePackage(value, streaming: list.streamed, to: staged)
                } else {
                    let file = try AtomicFile(url: staged, durable: false)
                    dropped = try template.render(value, streaming: list.streamed, write: { try file.write($0) })
                    try file.commit()
                }
            } catch let error as TemplateError {
                if let failure = list.failure { throw failure }
                throw JobError.records(error.all, records: 1)
            }
            list.finish()
            if let failure = list.failure { throw failure }
            if !dropped.isEmpty { report(.warning(.droppedCharacters(dropped))) }
            report(.rendering(done: 1, total: 1))
            var result = staged
            if let converter = plan.converter {
                result = try converter.convert([staged], to: plan.format, into: work.url)[0]
            }
            try work.flush()
            try work.publish(result, as: target)
        } catch let error as JobError {
            throw error
        } catch {
            throw JobError(error, at: target.relativePath)
        }
        return JobResult(location: target, written: 1, records: 1,
                         statistics: .init(checks: 1, renders: template.renderedRecords))
    }
}
