import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// Separate PDFs the fast way: the records are rendered as pages of a few Flat ODT documents
/// (each record's first paragraph holding a bookmark `vanban-N`, its page numbers starting at
/// 1), LibreOffice converts each document once (bookmarks become named destinations), and qpdf
/// cuts each PDF at the destinations into a file per record. LibreOffice's cost is per
/// document far more than per page, so N separate PDFs cost about one N-page PDF.
///
/// Used for ODF templates whose pages can be cut apart (``Template/separatesRecordPages``),
/// plain PDF (PDF/A's document-level parts would not survive the cut) and when qpdf is installed.
final class MergedPDF {
    /// Records per document: enough that LibreOffice's start-up is shared, few enough that the
    /// documents spread over the LibreOffice processes.
    static let recordsPerDocument = 100

    private let template: Template
    private let work: WorkFolder
    private let splitter: PDFSplitter
    private var pages: Pages?
    private var file: AtomicFile?
    /// The documents written, with how many records each holds.
    private var documents: [(url: URL, records: Int)] = []
    private var inDocument = 0
    private(set) var problems: [TemplateError] = []
    private(set) var droppedCharacters: [String] = []

    /// A splitter when this way suits the batch: PDF from an ODF template whose records' pages
    /// can be cut apart, not PDF/A, qpdf installed.
    static func splitter(for plan: OutputPlan, template: Template) -> PDFSplitter? {
        guard plan.format == .pdf, !plan.isWord, let converter = plan.converter, !converter.archival,
            template.separatesRecordPages
        else { return nil }
        return PDFSplitter()
    }

    init(template: Template, work: WorkFolder, splitter: PDFSplitter) {
        self.template = template
        self.work = work
        self.splitter = splitter
    }

    /// The problems found so far.
    var errorCount: Int { problems.count + (pages?.errorCount ?? 0) }

    /// Renders a record as the next pages.
    func add(_ value: Value, record: RecordPlace) throws(ODFError) {
        if pages == nil {
            let url = work.file("ghep-\(documents.count + 1).fodt")
            file = try AtomicFile(url: url, durable: false)
            documents.append((url, 0))
            inDocument = 0
            do {
                pages = try template.startPages(first: value, restartNumbering: true)
            } catch {
                problems += error.all
                return
            }
        }
        inDocument += 1
        pages?.add(value, record: record, bookmark: "vanban-\(inDocument)")
        documents[documents.count - 1].records = inDocument
        if pages?.isLarge == true, let bytes = pages?.take() { try file?.write(bytes) }
        if inDocument == Self.recordsPerDocument { try close() }
    }

    /// Closes the document being written; its problems join ``problems``.
    func close() throws(ODFError) {
        guard var open = pages, let file else { return }
        pages = nil
        self.file = nil
        do {
            try file.write(try open.finish())
        } catch let error as TemplateError {
            problems += error.all
        } catch let error as ODFError {
            throw error
        } catch {}
        droppedCharacters += open.droppedCharacters
        try file.commit()
    }

    /// Converts the documents and cuts them into a PDF per record, in order; `names` name the
    /// records' files in messages. Progress is told per record.
    func convert(with converter: OfficeConverter, names: [String],
                 _ report: @escaping @Sendable (JobEvent) -> Void) throws(ODFError) -> [URL] {
        try close()
        let total = documents.reduce(0) { $0 + $1.records }
        let sizes = documents.map(\.records)
        let pdfs = try converter.convert(documents.map(\.url), to: .pdf, into: work.url, destinations: true) { done in
            // Documents finish in any order; all but the last hold the same number of records.
            report(.converting(done: min(total, sizes.prefix(done).reduce(0, +)), total: total))
        }
        var outputs: [URL] = []
        for (number, (pdf, document)) in zip(pdfs, documents).enumerated() {
            let first = outputs.count
            let files = (0..<document.records).map { work.file("\(first + $0 + 1).pdf") }
            let found = try splitter.destinations(of: pdf)
            var starts: [Int] = []
            for index in 0..<document.records {
                // The first record starts the document; each record starts after the one before.
                guard let page = found.named["vanban-\(index + 1)"], page > (starts.last ?? 0), index > 0 || page == 1 else {
                    throw .conversionFailed(path: names[first + index], format: "pdf", detail: "")
                }
                starts.append(page)
            }
            let scratch = work.file("cat-\(number + 1)")
            try splitter.split(pdf, starts: starts, pages: found.pages, into: files,
                               names: Array(names[first..<first + document.records]), scratch: scratch)
            try? FileManager.default.removeItem(at: scratch)
            unlink(pdf.path)
            unlink(document.url.path)
            outputs += files
        }
        return outputs
    }
}
