import Foundation
import Hummingbird

/// Soạn: choose a template, fill its form (pre-filled from the draft being fixed, else from
/// the last job of that template, else from the sample data), send it to Kiểm tra.
struct ComposeRoutes {
    let backend: Backend

    func add(to router: Router<WebContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/soan", type: .normal) }
        router.get("/soan") { _, context in
            _ = try backend.requireUser(context)
            return Response.html(backend.layout("Soạn văn bản", .compose, context).page(ComposePage.choose(entries: backend.catalog.entries())))
        }
        router.get("/soan/:mau") { request, context in
            _ = try backend.requireUser(context)
            let entry = try entry(context)
            let draft = try request.uri.queryParameters.get("viec").flatMap(UUID.init(uuidString:)).flatMap { try backend.store.job(id: $0) }
            let fields = try backend.catalog.formFields(of: entry)
            let last = try backend.store.lastForm(templateKey: entry.key)
            let values = draft?.form ?? last ?? [:]
            let body = ComposePage.form(entry: entry, fields: fields, values: values,
                                        jobID: draft?.state == .draft ? draft?.id.uuidString.lowercased() : nil,
                                        listName: draft?.state == .draft ? draft?.listName : nil,
                                        csrf: context.session?.csrf ?? "", limitMB: backend.settings.uploadLimit / 1_048_576)
            return Response.html(backend.layout("Soạn: \(entry.title)", .compose, context).page(body))
        }
        router.post("/soan/:mau") { request, context in
            let user = try backend.requireUser(context)
            let entry = try entry(context)
            let form = try await backend.readForm(request, context: context)
            let existing = try request.uri.queryParameters.get("viec").flatMap(UUID.init(uuidString:)).flatMap { try backend.store.job(id: $0) }
            let job = try await Backend.offload { [backend] in
                try backend.saveDraft(entry: entry, form: form, user: user, existing: existing?.state == .draft ? existing : nil)
            }
            return Response.redirect(to: "/viec/\(job.id.uuidString.lowercased())/kiem-tra", type: .normal)
        }
    }

    private func entry(_ context: WebContext) throws -> TemplateEntry {
        guard let key = context.parameters.get("mau"), let entry = backend.catalog.entry(key: key) else {
            throw ServerError.notFound(what: "mẫu này")
        }
        return entry
    }
}
