import Foundation
import VanbanODF
import VanbanTemplate

/// Where a job writes and in which format, settled before anything is read: the format from
/// `--dinh-dang` or the output's extension (never both disagreeing), the default location, and
/// LibreOffice found when the format needs it.
struct OutputPlan {
    let format: OutputFormat
    /// The file (one document, all in one) or the folder (a file per record).
    let location: URL
    /// Whether the template is a text template (its output is text, named like the template).
    let isText: Bool
    /// Whether the template is a Word document (`.docx`): written as `.docx` natively, as PDF
    /// through LibreOffice, never as ODF.
    let isWord: Bool
    let converter: OfficeConverter?

    init(_ job: Job) throws(JobError) {
        let templateExtension = job.template.pathExtension.lowercased()
        isWord = templateExtension == "docx"
        isText = !(templateExtension == "fodt" || templateExtension == "odt" || templateExtension == "doc" || isWord)
        let named = job.output.flatMap { OutputFormat(fileExtension: $0.pathExtension) }
        switch job.layout {
        case .oneDocument, .allInOne:
            if isText {
                guard job.layout == .oneDocument else { throw .textTemplateInBatch(template: job.template.relativePath) }
                if let format = job.format { throw .textTemplateFormat(template: job.template.relativePath, format: format) }
                format = .fodt
                location = job.output ?? Self.defaultFile(job, fileExtension: templateExtension)
            } else {
                let format = job.format ?? named ?? (isWord ? .docx : .fodt)
                if let output = job.output, let named, named != format {
                    throw .formatMismatch(file: output.relativePath, named: output.pathExtension, format: format)
                }
                self.format = format
                if let output = job.output {
                    // `-o folder` for all in one: the file goes in it, named after the template.
                    let isFolder = job.layout != .oneDocument && named == nil
                    location = isFolder ? output.appendingPathComponent(Self.baseName(job) + "." + format.fileExtension) : output
                } else {
                    location = Self.defaultFile(job, fileExtension: format.fileExtension)
                }
            }
        case .onePerRecord:
            if isText { throw .textTemplateInBatch(template: job.template.relativePath) }
            format = job.format ?? (isWord ? .docx : .fodt)
            location = job.output ?? job.defaultFolder
        }
        if isWord, format == .fodt || format == .odt {
            throw .wordTemplateFormat(template: job.template.relativePath, format: format)
        }
        // A package is rendered part by part; a document that carries metadata, or all records
        // in one file, is rendered flat (and packaged from its tree).
        if case .onePerRecord = job.layout, format == .odt { templateForm = .package }
        else if job.layout == .oneDocument, format == .odt, job.metadata == nil { templateForm = .package }
        else { templateForm = .flat }
        if format.needsOffice && !isText && !(isWord && format == .docx) {
            do {
                var found = try OfficeConverter.required(for: format)
                found.archival = job.electronic
                converter = found
            } catch {
                throw .output(error)
            }
        } else {
            converter = nil
        }
    }

    /// The template compiled into the form this output renders: a package's parts for `.odt`
    /// files rendered one per record, else one flat document.
    let templateForm: Template.Form

    /// `output/<data file's name>.<ext>` for one data file, `output/<template's name>.<ext>` for a list.
    private static func defaultFile(_ job: Job, fileExtension: String) -> URL {
        job.defaultFolder.appendingPathComponent(baseName(job) + (fileExtension.isEmpty ? "" : "." + fileExtension))
    }

    private static func baseName(_ job: Job) -> String {
        switch job.records {
        case .document(let data, _): return data.deletingPathExtension().lastPathComponent
        case .list: return job.template.deletingPathExtension().lastPathComponent
        }
    }
}
