import Foundation
import VanbanTemplate

/// The templates a clerk may use: the built-in ones from the templates folder and the office's
/// uploads from the store. A page names a template only by its key, which is looked up here.
struct TemplateCatalog: Sendable {
    /// The built-in templates' folder (`nil`: none found).
    let builtInFolder: URL?
    /// The data folder's `mau/`, where uploads are stored under random names.
    let uploadFolder: URL
    let store: Store

    /// Every template: built-in first, by name, then the office's.
    func entries() -> [TemplateEntry] {
        builtIns() + ((try? store.storedTemplates()) ?? []).map(entry)
    }

    /// The template of `key`, or `nil`.
    func entry(key: String) -> TemplateEntry? {
        entries().first { $0.key == key }
    }

    private func builtIns() -> [TemplateEntry] {
        guard let folder = builtInFolder,
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".fodt") }.sorted().map { file in
            let name = String(file.dropLast(5))
            let sample = folder.appendingPathComponent("\(name).yaml")
            let hasSample = FileManager.default.fileExists(atPath: sample.path)
            return TemplateEntry(key: name, title: Self.title(of: name), summary: hasSample ? Self.summary(of: sample) : "",
                                 file: folder.appendingPathComponent(file), sample: hasSample ? sample : nil,
                                 isBuiltIn: true, version: 1)
        }
    }

    private func entry(_ stored: StoredTemplate) -> TemplateEntry {
        TemplateEntry(key: "dv-\(stored.id)", title: stored.name,
                      summary: "Mẫu của đơn vị, phiên bản \(stored.version) (\(stored.originalName)), \(stored.uploadedBy) tải lên.",
                      file: uploadFolder.appendingPathComponent(stored.storedName), sample: nil, isBuiltIn: false,
                      version: stored.version)
    }

    /// The form of `entry`: the sample's fields (with hints), then any field the template names
    /// that the sample lacks.
    func formFields(of entry: TemplateEntry) throws(TemplateError) -> [FormField] {
        var fields = entry.sample.map(SampleData.fields(of:)) ?? []
        let template = try Template(contentsOf: entry.file)
        for name in FieldDiscovery.fields(of: template) where !fields.contains(where: { $0.name == name }) {
            let kind: FormField.Kind = name == "ngay" || name.hasPrefix("ngay_") ? .date : name.contains("tien") ? .money : .text
            fields.append(FormField(name: name, label: FieldLabels.label(for: name), hint: "", kind: kind, sample: ""))
        }
        return fields
    }

    /// `giay-khen` → `Giấy khen`, through the sample's first comment when the name is unknown.
    static func title(of name: String) -> String {
        let titles = ["cong-van": "Công văn", "giay-khen": "Giấy khen", "giay-moi": "Giấy mời", "ke-hoach": "Kế hoạch",
                      "quyet-dinh-khen-thuong": "Quyết định khen thưởng", "vi-du": "Văn bản ví dụ"]
        return titles[name] ?? name
    }

    /// The sample file's first comment line.
    static func summary(of sample: URL) -> String {
        guard let text = try? String(contentsOf: sample, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("#") })
        else { return "" }
        return line.dropFirst().trimmingCharacters(in: .whitespaces)
    }
}
