import Foundation

/// A job's folder in the data folder (`viec/<id>/`), every name in it chosen by the server:
/// the form's data, the uploaded list, the preview, the result.
struct JobFolder: Sendable {
    let url: URL

    init(jobsFolder: URL, id: UUID) {
        url = jobsFolder.appendingPathComponent(id.uuidString.lowercased(), isDirectory: true)
    }

    /// The form's values as YAML.
    var data: URL { url.appendingPathComponent("du-lieu.yaml") }
    /// The uploaded list, under the server's name with the upload's (checked) extension.
    func list(extension fileExtension: String) -> URL { url.appendingPathComponent("danh-sach.\(fileExtension)") }
    /// The dry run's output (removed after each check).
    var check: URL { url.appendingPathComponent("kiem-tra", isDirectory: true) }
    /// The preview: the first record as a PDF and its first page as a PNG.
    var preview: URL { url.appendingPathComponent("xem-truoc", isDirectory: true) }
    var previewImage: URL { preview.appendingPathComponent("trang-1.png") }
    /// The result's folder: one file (PDF, ODT, DOCX, or a .zip).
    var result: URL { url.appendingPathComponent("ket-qua", isDirectory: true) }
}
