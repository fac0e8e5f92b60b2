import Foundation
import VanbanData
import VanbanODF
import VanbanPipeline
import ZIPFoundation

extension Backend {
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

}
