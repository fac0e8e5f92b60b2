import Foundation
import VanbanODF

/// The files a clerk keeps in Office 97–2003 formats, made readable before a job reads them:
/// an `.xls` list becomes `.xlsx`, a `.doc` template `.odt`, through LibreOffice, in a private
/// temporary folder removed when the job ends.
struct OldFormats {
    /// The job with its old-format inputs replaced by their converted copies.
    let job: Job
    private let folder: URL?

    init(_ job: Job) throws(JobError) {
        var converted = job
        let template = job.template.pathExtension.lowercased() == "doc" ? job.template : nil
        var list: URL?
        switch job.records {
        case .list(let url, _) where url.pathExtension.lowercased() == "xls": list = url
        case .document(_, let url?) where url.pathExtension.lowercased() == "xls": list = url
        default: break
        }
        guard template != nil || list != nil else {
            self.job = job
            folder = nil
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-doc-cu-\(getpid())-\(UUID().uuidString)")
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let old = template ?? list ?? job.template
            guard let converter = OfficeConverter(processes: 1) else {
                throw ODFError.needsOfficeToRead(path: old.relativePath, newer: template != nil ? ".docx hoặc .odt" : ".xlsx")
            }
            for file in [template, list].compactMap({ $0 }) {
                guard FileManager.default.fileExists(atPath: file.path) else { throw ODFError.fileNotFound(path: file.relativePath) }
            }
            if let template {
                converted.template = try converter.convertForReading(template, into: folder)
                copies[converted.template.relativePath] = template.relativePath
            }
            if let list {
                let readable = try converter.convertForReading(list, into: folder)
                copies[readable.relativePath] = list.relativePath
                switch job.records {
                case .list(_, let common): converted.records = .list(readable, common: common)
                case .document(let data, _): converted.records = .document(data, list: readable)
                }
            }
        } catch let error as ODFError {
            try? FileManager.default.removeItem(at: folder)
            throw .output(error)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .output(.cannotWrite(path: folder.path, reason: SystemReason.describe(error)))
        }
        self.job = converted
    }

    /// The converted copies' paths → the clerk's files.
    private(set) var copies: [String: String] = [:]

    /// `error`, naming the clerk's files where it names a converted copy.
    func attributed(_ error: JobError) -> JobError {
        copies.isEmpty ? error : .inConvertedCopy(error, copies: copies)
    }

    /// Removes the converted copies.
    func remove() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }
}
