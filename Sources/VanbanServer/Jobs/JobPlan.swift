import Foundation
import VanbanODF
import VanbanPipeline

/// The library ``Job`` a web job runs, the same for the check, the preview and the result: the
/// form's data file, the uploaded list (a document per row, or attached as `danh_sach`), the
/// template. Nothing here is a second pipeline; it only chooses the job's inputs and output.
struct JobPlan: Sendable {
    /// How an uploaded list is used.
    enum ListUse: String, Sendable {
        /// A document per row, the form's values common to every row.
        case batch = "hang-loat"
        /// One document with the list attached as `danh_sach`.
        case attached = "kem-theo"
    }

    /// How the result is packaged.
    enum Packaging: String, Sendable, CaseIterable {
        /// One file (all records' pages in it).
        case oneFile = "mot-tep"
        /// A .zip of one file per record.
        case zip = "zip"
    }

    let template: URL
    /// The template's name as the clerk knows it (`giay-khen.fodt`, the uploaded file's name).
    let templateName: String
    let folder: JobFolder
    /// The stored list, if any.
    let list: URL?
    let listUse: ListUse

    /// Whether the job makes a document per record.
    var isBatch: Bool { list != nil && listUse == .batch }

    private func records(data: URL) -> Job.Records {
        guard let list else { return .document(data, list: nil) }
        return listUse == .batch ? .list(list, common: data) : .document(data, list: list)
    }

    /// The dry run: every record checked and rendered once, into a Flat ODT that is removed.
    func checkJob() -> Job {
        Job(template: template, records: records(data: folder.data),
            layout: isBatch ? .allInOne(restartNumbering: false) : .oneDocument,
            output: folder.check.appendingPathComponent("kiem-tra.fodt"), format: .fodt)
    }

    /// The preview: the first record only, as a PDF (`firstRecord` is a one-row list).
    func previewJob(firstRecord: URL?) -> Job {
        let output = folder.preview.appendingPathComponent("trang.pdf")
        if isBatch, let firstRecord {
            return Job(template: template, records: .list(firstRecord, common: folder.data),
                       layout: .allInOne(restartNumbering: false), output: output, format: .pdf)
        }
        return Job(template: template, records: records(data: folder.data), layout: .oneDocument, output: output, format: .pdf)
    }

    /// The real run: `format`, packaged as asked, into `output` (a file, or for a .zip the
    /// folder of files to pack).
    func resultJob(format: OutputFormat, packaging: Packaging, output: URL) -> Job {
        let layout: Job.Layout = !isBatch ? .oneDocument
            : packaging == .zip ? .onePerRecord(names: nil, groupBy: nil) : .allInOne(restartNumbering: true)
        return Job(template: template, records: records(data: folder.data), layout: layout, output: output, format: format)
    }

    /// A message of the library with the job folder's paths replaced by what the clerk knows:
    /// the form, the list's name as uploaded.
    func clerkText(_ text: String, listName: String?) -> String {
        var result = text.replacingOccurrences(of: folder.data.path, with: "biểu mẫu (du-lieu.yaml)")
            .replacingOccurrences(of: template.path, with: templateName)
        if let list, let listName { result = result.replacingOccurrences(of: list.path, with: listName) }
        return result.replacingOccurrences(of: folder.url.path + "/", with: "")
    }
}
