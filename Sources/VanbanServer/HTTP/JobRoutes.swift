import Foundation
import Hummingbird
import VanbanODF

/// Kiểm tra, Xem trước, Tạo (with its progress stream and download), Lịch sử. A job is named
/// by its identifier only; its files by the names the server gave them.
struct JobRoutes {
    let backend: Backend

    func add(to router: Router<WebContext>) {
        router.get("/viec/:id/kiem-tra") { _, context in
            _ = try backend.requireUser(context)
            let (job, entry) = try load(context)
            let report = try await Backend.offload { [backend] in try backend.check(job, entry: entry) }
            let plan = backend.plan(of: job, entry: entry)
            let body = CheckPage.body(job: job, entry: entry, report: report, isBatch: plan.isBatch, csrf: context.session?.csrf ?? "")
            return Response.html(backend.layout("Kiểm tra: \(entry.title)", .compose, context).page(body),
                                 status: report.isClean ? .ok : .unprocessableContent)
        }
        router.get("/viec/:id/xem-truoc") { _, context in
            _ = try backend.requireUser(context)
            let (job, entry) = try load(context)
            try await cleanBeforeUse(job, entry)
            _ = try await Backend.offload { [backend] in try backend.preview(job, entry: entry) }
            return Response.html(backend.layout("Xem trước: \(entry.title)", .compose, context).page(PreviewPage.body(job: job)))
        }
        router.get("/viec/:id/xem-truoc.png") { _, context in
            _ = try backend.requireUser(context)
            let (job, entry) = try load(context)
            let image = backend.folder(of: job.id).previewImage
            if !FileManager.default.fileExists(atPath: image.path) {
                try await cleanBeforeUse(job, entry)
                _ = try await Backend.offload { [backend] in try backend.preview(job, entry: entry) }
            }
            return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(data: try Data(contentsOf: image))))
        }
        router.post("/viec/:id/tao") { request, context in
            _ = try backend.requireUser(context)
            let form = try await backend.readForm(request, context: context)
            let (job, entry) = try load(context)
            guard job.state == .draft else { throw ServerError.jobState(state: job.state.title) }
            guard let format = OutputFormat(rawValue: form.value("dinh_dang") ?? "") else {
                throw ServerError.missingFormField(name: "Định dạng")
            }
            let packaging = JobPlan.Packaging(rawValue: form.value("dong_goi") ?? "") ?? .oneFile
            try await cleanBeforeUse(job, entry)
            try backend.enqueue(job, entry: entry, format: format, packaging: packaging)
            return Response.redirect(to: "/viec/\(job.id.uuidString.lowercased())", type: .normal)
        }
        router.get("/viec/:id") { _, context in
            _ = try backend.requireUser(context)
            let (job, entry) = try load(context)
            return Response.html(backend.layout("Tạo: \(entry.title)", .compose, context)
                .page(JobPage.body(job: job, progress: backend.board.get(job.id))))
        }
        router.get("/viec/:id/tien-do") { _, context in
            _ = try backend.requireUser(context)
            let (job, _) = try load(context)
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { [backend] writer in
                                var last = ""
                                while true {
                                    let (text, finished) = Self.event(job.id, backend: backend)
                                    if text != last {
                                        try await writer.write(ByteBuffer(string: "data: \(text)\n\n"))
                                        last = text
                                    }
                                    if finished { break }
                                    try await Task.sleep(for: .milliseconds(250))
                                }
                                try await writer.finish(nil)
                            })
        }
        router.get("/viec/:id/tai") { _, context in
            _ = try backend.requireUser(context)
            let (job, _) = try load(context)
            guard job.state == .finished, let name = job.resultName else { throw ServerError.jobState(state: job.state.title) }
            let file = backend.folder(of: job.id).result.appendingPathComponent(name)
            let type = switch (name as NSString).pathExtension {
            case "pdf": "application/pdf"
            case "zip": "application/zip"
            case "odt": "application/vnd.oasis.opendocument.text"
            case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            default: "application/octet-stream"
            }
            return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                            body: .init(byteBuffer: ByteBuffer(data: try Data(contentsOf: file))))
        }
        router.get("/lich-su") { _, context in
            _ = try backend.requireUser(context)
            return Response.html(backend.layout("Lịch sử", .history, context)
                .page(HistoryPage.body(jobs: try backend.store.jobs(limit: 200), keepDays: backend.settings.keepDays)))
        }
    }

    /// The job of the address's identifier and its template.
    private func load(_ context: WebContext) throws -> (JobRecord, TemplateEntry) {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text), let job = try backend.store.job(id: id) else {
            throw ServerError.notFound(what: "việc này")
        }
        guard let entry = backend.catalog.entry(key: job.templateKey) else { throw ServerError.notFound(what: "mẫu của việc này") }
        return (job, entry)
    }

    /// Nothing is previewed or generated until the check is clean.
    private func cleanBeforeUse(_ job: JobRecord, _ entry: TemplateEntry) async throws {
        let report = try await Backend.offload { [backend] in try backend.check(job, entry: entry) }
        guard report.isClean else { throw ServerError.jobState(state: "còn lỗi, chưa kiểm tra xong") }
    }

    /// The progress event's JSON, and whether the job is over.
    static func event(_ id: UUID, backend: Backend) -> (String, Bool) {
        var progress = backend.board.get(id)
        if progress == nil, let job = try? backend.store.job(id: id) {
            progress = JobProgress(finished: job.state == .finished || job.state == .failed, failed: job.state == .failed,
                                   stage: job.state.title, message: job.message)
        }
        guard var progress else { return ("{\"ket_thuc\":true,\"giai_doan\":\"\"}", true) }
        if !progress.finished, let position = backend.pool.position(of: id) {
            progress.stage = position == 0 ? "Đang chờ đến lượt (việc kế tiếp)" : "Đang chờ đến lượt (\(position) việc trước)"
        }
        let object: [String: Any] = ["giai_doan": progress.stage, "xong": progress.done, "tong": progress.total ?? 0,
                                     "ket_thuc": progress.finished, "loi": progress.message ?? ""]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return (String(decoding: data, as: UTF8.self), progress.finished)
    }
}
