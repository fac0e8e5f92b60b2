import Foundation
import VanbanData
import VanbanODF
import VanbanPipeline

/// Everything the pages act on: the store, the templates, the jobs' folders, the worker pool
/// and the progress board. Every document is made by the library's ``Job``.
final class Backend: Sendable {
    let settings: ServerSettings
    let store: Store
    let catalog: TemplateCatalog
    let pool: WorkerPool
    let board = JobBoard()
    /// Queuing takes a sequence number and a place in the pool together.
    let enqueueLock = NSLock()
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
