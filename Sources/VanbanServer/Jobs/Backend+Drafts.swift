import Foundation
import VanbanData
import VanbanODF
import VanbanPipeline

extension Backend {
    /// Stores the form (and its list) as a draft job, new or `existing`: the list under the
    /// server's name, the values as the job's YAML data file.
    func saveDraft(entry: TemplateEntry, form: FormData, user: User, existing: JobRecord?) throws -> JobRecord {
        let fields = try catalog.formFields(of: entry)
        var job = existing ?? JobRecord(id: UUID(), sequence: 0, templateKey: entry.key, templateTitle: entry.title,
                                        account: user.name, state: .draft, form: [:], records: 0, created: now())
        guard job.state == .draft else { throw ServerError.jobState(state: job.state.title) }
        let folder = folder(of: job.id)
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        var values: [String: String] = [:]
        for field in fields { values[field.name] = form.fields[field.name] ?? "" }
        values["_cach_dung"] = JobPlan.ListUse(rawValue: form.fields["cach_dung"] ?? "")?.rawValue ?? JobPlan.ListUse.batch.rawValue
        if form.fields["bo_danh_sach"] == "1", let stored = job.listStored {
            try? FileManager.default.removeItem(at: folder.url.appendingPathComponent(stored))
            job.listStored = nil
            job.listName = nil
        }
        if let list = form.files["danh_sach"] {
            guard Self.listExtensions.contains(list.fileExtension) else {
                throw ServerError.wrongFileKind(file: list.name, allowed: Self.listExtensions)
            }
            if let stored = job.listStored { try? FileManager.default.removeItem(at: folder.url.appendingPathComponent(stored)) }
            let target = folder.list(extension: list.fileExtension)
            try list.bytes.write(to: target, options: .atomic)
            job.listStored = target.lastPathComponent
            job.listName = list.name
        }
        job.form = values
        let plan = plan(of: job, entry: entry)
        let columns = plan.isBatch ? ((try? plan.checkJob().preview().fields) ?? []) : []
        try Data(DataFileWriter.yaml(fields: fields, values: values, leaveToList: Set(columns)).utf8)
            .write(to: folder.data, options: .atomic)
        if existing == nil { try store.insert(job) } else { try store.update(job) }
        return job
    }

}
