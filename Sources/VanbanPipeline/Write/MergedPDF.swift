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
    /// A LibreOffice process costs most of a second to start and a few milliseconds a page,
    /// qpdf about a millisecond a page: a batch of up to this many records is one document
    /// for one process, like one merged PDF. A list read as it comes (its length unknown)
    /// is cut into documents of this many, shared between the processes.
    static let smallBatch = 250
    /// The most records in one document (LibreOffice's memory grows with the document).
    static let largestDocument = 1000

    /// Records per document for a batch of `expected` records (`nil`: not known yet) on
    /// `processes` LibreOffice processes: larger batches are spread evenly over the processes
    /// (OfficeConverter shares the files between them).
    static func recordsPerDocument(expected: Int?, processes: Int) -> Int {
        guard let expected, expected > smallBatch else { return smallBatch }
        return min(largestDocument, (expected + processes - 1) / max(1, processes))
    }

    private let template: Template
    private let work: WorkFolder
    private let splitter: PDFSplitter
    private let perDocument: Int
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

    /// `expected`: about how many records the batch renders, when known.
    init(template: Template, work: WorkFolder, splitter: PDFSplitter, expected: Int?, processes: Int) {
        self.template = template
        self.work = work
        self.splitter = splitter
        perDocument = Self.recordsPerDocument(expected: expected, processes: processes)
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
        if inDocument == perDocument { try close() }
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
    /// records' files in messages. Each document is cut as soon as LibreOffice has made its
    /// PDF, while the other processes still convert. Progress is told per document's records.
    func convert(with converter: OfficeConverter, names: [String],
                 _ report: @escaping @Sendable (JobEvent) -> Void) throws(ODFError) -> [URL] {
        try close()
        let total = documents.reduce(0) { $0 + $1.records }
        // Each document's records: their files, named in order.
        var firsts: [Int] = []
        var next = 0
        for document in documents {
            firsts.append(next)
            next += document.records
        }
        let documents = documents
        let starting = firsts
        let splitter = splitter
        let work = work
        let outputs = (0..<total).map { work.file("\($0 + 1).pdf") }
        let done = Counter()
        _ = try converter.convert(documents.map(\.url), to: .pdf, into: work.url, destinations: true, finished: { pdfs throws(ODFError) in
            for (number, pdf) in pdfs {
                let range = starting[number]..<starting[number] + documents[number].records
                let found = try splitter.destinations(of: pdf)
                var starts: [Int] = []
                for record in range {
                    // The first record starts the document; each record starts after the one before.
                    guard let page = found.named["vanban-\(record - range.lowerBound + 1)"], page > (starts.last ?? 0),
                        record > range.lowerBound || page == 1
                    else { throw .recordPagesNotFound(file: names[record]) }
                    starts.append(page)
                }
                let scratch = work.file("cat-\(number + 1)")
                try splitter.split(pdf, starts: starts, pages: found.pages, into: Array(outputs[range]),
                                   names: Array(names[range]), scratch: scratch)
                try? FileManager.default.removeItem(at: scratch)
                unlink(pdf.path)
                unlink(documents[number].url.path)
                report(.converting(done: done.add(range.count), total: total))
            }
        })
        return outputs
    }
}

/// A count shared by threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += count
        return value
    }
}
