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
                AtomicFile.flushFileSystem(of: work.url)
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
}
