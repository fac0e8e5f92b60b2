import Foundation
import VanbanData
import VanbanODF
import VanbanPipeline

extension Backend {
    /// The dry run: the same job written as a Flat ODT into a scratch folder that is removed;
    /// every problem of every record is collected.
    func check(_ job: JobRecord, entry: TemplateEntry) throws -> CheckReport {
        let plan = plan(of: job, entry: entry)
        let fields = try catalog.formFields(of: entry)
        var report = CheckReport(problems: [], warnings: [], fields: [], listFields: [], records: 0)
        let warnings = WarningBox()
        if plan.isBatch {
            do {
                let preview = try plan.checkJob().preview()
                report.listFields = preview.fields
                report.records = preview.count
            } catch {
                report.problems = JobProblems.rows(of: error, plan: plan, listName: job.listName)
            }
        }
        if report.problems.isEmpty {
            defer { try? FileManager.default.removeItem(at: plan.folder.check) }
            do {
                let result = try plan.checkJob().run { event in
                    if case .warning(let warning) = event { warnings.add(warning.description) }
                }
                report.records = result.records
            } catch {
                report.problems = JobProblems.rows(of: error, plan: plan, listName: job.listName)
            }
        }
        report.warnings = warnings.all.map { plan.clerkText($0, listName: job.listName) }
        report.fields = fields.map { field in
            if report.listFields.contains(field.name) { return (field.name, .listColumn) }
            let value = job.form[field.name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return (field.name, value.isEmpty ? .nowhere : .form)
        }
        var stored = job
        stored.records = report.records
        try store.update(stored)
        return report
    }

    /// The first record's first page as a PNG: the job's PDF of that record (LibreOffice), then
    /// `pdftoppm -png -r 50 -f 1 -l 1`.
    func preview(_ job: JobRecord, entry: TemplateEntry) throws -> URL {
        let plan = plan(of: job, entry: entry)
        let folder = plan.folder
        try? FileManager.default.removeItem(at: folder.preview)
        try FileManager.default.createDirectory(at: folder.preview, withIntermediateDirectories: true)
        var firstRecord: URL?
        if plan.isBatch {
            let preview = try plan.checkJob().preview()
            guard case .object(let fields)? = preview.first else { throw ServerError.notFound(what: "bản ghi đầu tiên") }
            let lines = fields.compactMap { key, value in value.text.map { "  \(key): \(DataFileWriter.quoted($0))" } }
            let url = folder.preview.appendingPathComponent("ban-ghi-1.yaml")
            try Data(("-\n" + lines.joined(separator: "\n") + "\n").utf8).write(to: url)
            firstRecord = url
        }
        do {
            _ = try plan.previewJob(firstRecord: firstRecord).run()
        } catch {
            throw ServerError.previewFailed(detail: plan.clerkText(error.description, listName: job.listName))
        }
        try PageImage.firstPage(of: folder.preview.appendingPathComponent("trang.pdf"), to: folder.previewImage, resolution: 50)
        return folder.previewImage
    }

}

/// Warnings heard while a job runs (on its thread).
final class WarningBox: @unchecked Sendable {
    private let lock = NSLock()
    private var warnings: [String] = []

    func add(_ warning: String) {
        lock.lock()
        if !warnings.contains(warning) { warnings.append(warning) }
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return warnings
    }
}
