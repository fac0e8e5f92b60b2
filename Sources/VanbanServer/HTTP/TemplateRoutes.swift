import Foundation
import Hummingbird
import VanbanTemplate

/// Mẫu: the list, and the administrator's upload (checked by compiling it).
struct TemplateRoutes {
    let backend: Backend
    static let extensions = ["fodt", "odt", "docx"]

    func add(to router: Router<WebContext>) {
        router.get("/mau") { _, context in
            try page(context, upload: nil, status: .ok)
        }
        router.get("/mau/:mau/anh.png") { _, context in
            _ = try backend.requireUser(context)
            guard let key = context.parameters.get("mau"), let entry = backend.catalog.entry(key: key) else {
                throw ServerError.notFound(what: "mẫu này")
            }
            let image = try await Backend.offload { [backend] in try backend.thumbnail(of: entry) }
            return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, max-age=86400"],
                            body: .init(byteBuffer: ByteBuffer(data: try Data(contentsOf: image))))
        }
        router.post("/mau") { request, context in
            let user = try backend.requireUser(context, administrator: "tải mẫu lên")
            let form = try await backend.readForm(request, context: context)
            guard let name = form.value("ten_mau") else { throw ServerError.missingFormField(name: "Tên mẫu") }
            guard let file = form.files["tep_mau"] else { throw ServerError.missingFormField(name: "Tệp mẫu") }
            guard Self.extensions.contains(file.fileExtension) else {
                throw ServerError.wrongFileKind(file: file.name, allowed: Self.extensions)
            }
            let folder = Backend.templatesFolder(backend.settings)
            let storedBase = UUID().uuidString.lowercased()
            var upload = folder.appendingPathComponent("\(storedBase).\(file.fileExtension)")
            try file.bytes.write(to: upload, options: .atomic)
            if file.fileExtension == "docx" {
                // Word → ODT through LibreOffice in a scratch folder; only the .odt is kept.
                let scratch = folder.appendingPathComponent("tam-\(storedBase)", isDirectory: true)
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: scratch) }
                let docx = upload
                defer { try? FileManager.default.removeItem(at: docx) }
                let odt = try await Backend.offload { try WordImport.convert(docx, into: scratch) }
                upload = folder.appendingPathComponent("\(storedBase).odt")
                try FileManager.default.moveItem(at: odt, to: upload)
            }
            let url = upload
            let stored = url.lastPathComponent
            let outcome: Result<[String], TemplateError> = try await Backend.offload {
                do throws(TemplateError) {
                    return .success(FieldDiscovery.fields(of: try Template(contentsOf: url)))
                } catch {
                    return .failure(error)
                }
            }
            switch outcome {
            case .success(let fields):
                let version = try backend.store.addTemplateVersion(name: name.precomposedStringWithCanonicalMapping, storedName: stored,
                                                                   originalName: file.name, fields: fields, uploadedBy: user.name,
                                                                   now: backend.now())
                return try page(context, upload: .stored(name: name, version: version, fields: fields), status: .ok)
            case .failure(let error):
                try? FileManager.default.removeItem(at: url)
                let errors = error.all.map { $0.description.replacingOccurrences(of: url.path, with: file.name) }
                return try page(context, upload: .rejected(file: file.name, errors: errors), status: .unprocessableContent)
            }
        }
    }

    private func page(_ context: WebContext, upload: TemplatesPage.Upload?, status: HTTPResponse.Status) throws -> Response {
        let entries = backend.catalog.entries().map { entry in
            (entry, ((try? backend.catalog.formFields(of: entry)) ?? []).map(\.name))
        }
        let body = TemplatesPage.body(entries: entries, canUpload: context.user?.role == .administrator,
                                      csrf: context.session?.csrf ?? "", upload: upload)
        return Response.html(backend.layout("Mẫu văn bản", .templates, context).page(body), status: status)
    }
}
