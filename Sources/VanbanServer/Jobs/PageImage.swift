import Foundation
import VanbanODF

/// A document's first page as a PNG: LibreOffice makes the PDF (the library's
/// ``OfficeConverter``, or the job itself), `pdftoppm` the image.
enum PageImage {
    /// `pdftoppm -png -r RESOLUTION -f 1 -l 1 -singlefile PDF` into `image`.
    static func firstPage(of pdf: URL, to image: URL, resolution: Int) throws(ServerError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftoppm", "-png", "-r", "\(resolution)", "-f", "1", "-l", "1", "-singlefile", pdf.path,
                             image.deletingPathExtension().path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .previewFailed(detail: "không chạy được pdftoppm (gói poppler-utils)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: image.path) else {
            throw .previewFailed(detail: "pdftoppm dừng với mã \(process.terminationStatus)")
        }
    }
}

extension Backend {
    /// The template's page 1 as a small PNG, made once per version and kept in `mau/anh/`.
    func thumbnail(of entry: TemplateEntry) throws -> URL {
        let folder = Self.templatesFolder(settings).appendingPathComponent("anh", isDirectory: true)
        let image = folder.appendingPathComponent("\(entry.key)-\(entry.version).png")
        thumbnailLock.lock()
        defer { thumbnailLock.unlock() }
        if FileManager.default.fileExists(atPath: image.path) { return image }
        let scratch = folder.appendingPathComponent("tam-\(UUID().uuidString.lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard let converter = OfficeConverter(processes: 1) else {
            throw ServerError.previewFailed(detail: "chưa cài LibreOffice")
        }
        guard let pdf = try converter.convert([entry.file], to: .pdf, into: scratch).first else {
            throw ServerError.previewFailed(detail: "LibreOffice không ghi tệp PDF")
        }
        try PageImage.firstPage(of: pdf, to: image, resolution: 20)
        return image
    }
}
