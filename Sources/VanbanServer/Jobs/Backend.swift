import Foundation
import VanbanData
import VanbanODF
import VanbanPipeline
import ZIPFoundation

/// Everything the pages act on: the store, the templates, the jobs' folders, the worker pool
/// and the progress board. Every document is made by the library's ``Job``.
final class Backend: Sendable {
    let settings: ServerSettings
    let store: Store
    let catalog: TemplateCatalog
    let pool: WorkerPool
    let board = JobBoard()
    private let enqueueLock = NSLock()
    /// One template thumbnail is made at a time.
    let thumbnailLock = NSLock()
    let throttle: LoginThrottle
    let now: @Sendable () -> Date
    /// Whether every page needs a login: bound beyond this machine, or accounts exist.
    var loginRequired: Bool { !settings.isLoopback || ((try? store.hasAccounts()) ?? true) }

    /// The list formats a clerk may upload.
    static let listExtensions = ["xlsx", "ods", "csv"]

    init(settings: ServerSettings, inMemory: Bool = false, now: @escaping @Sendable () -> Date = Date.init) throws(ServerError) {
        var settings = settings
        // Absolute, so that the library's messages name the job's files by one path to replace.
        settings.dataFolder = URL(fileURLWithPath: settings.dataFolder.path, isDirectory: true)
        settings.builtInTemplates = settings.builtInTemplates.map { URL(fileURLWithPath: $0.path, isDirectory: true) }
        self.settings = settings
        self.now = now
        do {
            for folder in [settings.dataFolder, Self.templatesFolder(settings), Self.jobsFolder(settings)] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw .storage(path: settings.dataFolder.path, reason: "\(error.localizedDescription)")
        }
        store = try Store(url: inMemory ? nil : settings.dataFolder.appendingPathComponent("vanban.sqlite"))
        catalog = TemplateCatalog(builtInFolder: settings.builtInTemplates, uploadFolder: Self.templatesFolder(settings), store: store)
        pool = WorkerPool(workers: settings.workers, now: now)
        throttle = LoginThrottle(now: now)
    }

    static func templatesFolder(_ settings: ServerSettings) -> URL {
        settings.dataFolder.appendingPathComponent("mau", isDirectory: true)
    }

    static func jobsFolder(_ settings: ServerSettings) -> URL {
        settings.dataFolder.appendingPathComponent("viec", isDirectory: true)
    }

    func folder(of id: UUID) -> JobFolder {
        JobFolder(jobsFolder: Self.jobsFolder(settings), id: id)
    }

    func plan(of job: JobRecord, entry: TemplateEntry) -> JobPlan {
        let folder = folder(of: job.id)
        let name = entry.isBuiltIn ? entry.file.lastPathComponent : (try? store.storedTemplates())?
            .first { "dv-\($0.id)" == entry.key }?.originalName ?? entry.title
        return JobPlan(template: entry.file, templateName: name, folder: folder, list: job.listStored.map { folder.url.appendingPathComponent($0) },
                       listUse: JobPlan.ListUse(rawValue: job.form["_cach_dung"] ?? "") ?? .batch)
    }

    /// Runs blocking work (a job, LibreOffice) off the server's threads.
    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    // MARK: Drafts

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

    // MARK: Check and preview

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

    // MARK: Generate

    /// Queues the job on the worker pool (its place: the order of arrival). The sequence number
    /// and the place in the pool are taken together, so they agree.
    func enqueue(_ job: JobRecord, entry: TemplateEntry, format: OutputFormat, packaging: JobPlan.Packaging) throws {
        enqueueLock.lock()
        defer { enqueueLock.unlock() }
        var queued = job
        queued.state = .queued
        queued.format = format.rawValue
        queued.layout = packaging.rawValue
        queued.sequence = try store.nextSequence()
        try store.update(queued)
        board.set(job.id, JobProgress(stage: "Đang chờ đến lượt", total: job.records))
        let submitted = queued
        pool.submit(job.id) { [self] taken in execute(submitted, entry: entry, format: format, packaging: packaging, taken: taken) }
    }

    /// Runs the job; on any failure its result folder is removed and the job is marked failed,
    /// so the history never offers a half-made file.
    func execute(_ job: JobRecord, entry: TemplateEntry, format: OutputFormat, packaging: JobPlan.Packaging, taken: Date? = nil) {
        var record = job
        record.state = .running
        record.started = taken ?? now()
        try? store.update(record)
        board.set(job.id, JobProgress(stage: "Đang tạo", total: job.records))
        let plan = plan(of: job, entry: entry)
        let result = plan.folder.result
        let name = entry.isBuiltIn ? entry.key : "van-ban"
        let zip = packaging == .zip && plan.isBatch
        do {
            try? FileManager.default.removeItem(at: result)
            try FileManager.default.createDirectory(at: result, withIntermediateDirectories: true)
            let output = zip ? result.appendingPathComponent("tep", isDirectory: true)
                : result.appendingPathComponent("\(name).\(format.fileExtension)")
            let board = board
            let written = try plan.resultJob(format: format, packaging: packaging, output: output).run { event in
                board.update(job.id) { progress in
                    switch event {
                    case .rendering(let done, let total):
                        progress.done = done
                        progress.total = total ?? job.records
                        progress.stage = format.needsOffice && done == progress.total
                            ? "Đã dựng \(done) bản ghi; LibreOffice đang chuyển sang \(format.rawValue.uppercased())…"
                            : "Đang tạo"
                    case .converting(let done, let total):
                        progress.stage = "LibreOffice đang chuyển sang \(format.rawValue.uppercased())"
                        progress.done = done
                        progress.total = total
                    case .warning: break
                    }
                }
            }
            var resultName = output.lastPathComponent
            if zip {
                let archive = result.appendingPathComponent("\(name)-\(format.fileExtension).zip")
                try Self.pack(output, into: archive)
                try FileManager.default.removeItem(at: output)
                resultName = archive.lastPathComponent
            }
            record.state = .finished
            record.records = written.records
            record.resultName = resultName
            record.finished = now()
            try store.update(record)
            board.update(job.id) { $0.finished = true; $0.stage = "Xong" }
        } catch {
            try? FileManager.default.removeItem(at: result)
            let message = (error as? JobError).map { plan.clerkText($0.description, listName: job.listName) } ?? "\(error)"
            record.state = .failed
            record.message = message
            record.resultName = nil
            record.finished = now()
            try? store.update(record)
            board.update(job.id) { $0.finished = true; $0.failed = true; $0.message = message; $0.stage = "Lỗi" }
        }
    }

    /// A .zip of the files of `folder` with `danh-muc.txt`, the manifest: each file's number and name.
    static func pack(_ folder: URL, into archive: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        let manifest = ["STT\tTệp"] + files.enumerated().map { "\($0.offset + 1)\t\($0.element)" }
        try Data((manifest.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("danh-muc.txt"))
        try FileManager.default.zipItem(at: folder, to: archive, shouldKeepParent: false)
    }

    // MARK: Housekeeping

    /// Removes jobs older than the days kept, and marks jobs a stopped server left queued or
    /// running as failed (removing their partial results).
    func cleanUp() throws {
        let limit = now().addingTimeInterval(-Double(settings.keepDays) * 86_400)
        for id in try store.deleteJobs(before: limit) {
            try? FileManager.default.removeItem(at: folder(of: id).url)
        }
        try store.deleteSessions(before: now().addingTimeInterval(-settings.sessionLifetime))
    }

    /// At start: a job left queued or running by a server that stopped is marked failed.
    func recoverInterrupted() throws {
        for var job in try store.jobs(limit: 10_000) where job.state == .queued || job.state == .running {
            try? FileManager.default.removeItem(at: folder(of: job.id).result)
            job.state = .failed
            job.message = "Máy chủ đã dừng khi việc này đang chạy; hãy tạo lại."
            try store.update(job)
        }
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
