import Foundation
import VanbanODF

/// Kiểm tra thể thức: reads documents (.docx, .doc, .odt, .fodt), recognises the parts of the
/// thể thức and checks them against NĐ 30/2020, Phụ lục I. Rules on the document's text and
/// styles always run; rules on the printed page (lines, page numbers) run when LibreOffice,
/// pdftotext and qpdf are installed, with one LibreOffice process for all the files.
public struct FormatChecker: Sendable {
    /// Whether to lay the pages out (needs LibreOffice).
    public var measurePages: Bool

    public init(measurePages: Bool = true) {
        self.measurePages = measurePages
    }

    /// One result per file, in order: its report, or why it could not be read.
    public func check(_ files: [URL]) -> [Result<FileReport, FormatError>] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-the-thuc-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let printer = measurePages ? PagePrinter() : nil
        // Word 97–2003 files are converted to .odt first, all in one LibreOffice run.
        var sources = files
        let old = files.indices.filter { files[$0].pathExtension.lowercased() == "doc" }
        if let printer, !old.isEmpty {
            for (index, converted) in zip(old, printer.convert(old.map { files[$0] }, to: "odt", into: folder)) {
                if let converted { sources[index] = converted }
            }
        }
        let documents = files.indices.map { index in
            Result { () throws(FormatError) in
                if sources[index] == files[index] { return try Self.read(files[index], folder: folder) }
                do {
                    return try ODFReader(contentsOf: sources[index]).read()
                } catch {
                    throw .unreadable(file: files[index].relativePath, reason: "LibreOffice không chuyển được tệp .doc này")
                }
            }
        }
        let readable = files.indices.filter { (try? documents[$0].get()) != nil }
        let pdfs = printer?.print(readable.map { sources[$0] }, into: folder) ?? []
        return files.indices.map { index in
            documents[index].map { document in
                let pdf = readable.firstIndex(of: index).flatMap { $0 < pdfs.count ? pdfs[$0] : nil }
                let printed = pdf.flatMap { try? PrintedPages(pdf: $0) }
                return Self.report(document, file: files[index].relativePath, printed: printed)
            }
        }
    }

    /// Checks one document already read, with its printed pages if measured.
    public static func report(_ document: FormattedDocument, file: String, printed: PrintedPages?) -> FileReport {
        let recognised = PartRecogniser.recognise(document)
        var findings = FormRules.check(recognised) + LookRules.check(recognised)
            + PageRules.check(document.page, certificate: recognised.kind.isCertificate)
        var pages: [Int?] = Array(repeating: nil, count: document.paragraphs.count)
        if let printed {
            pages = LayoutRules.pages(of: document, in: printed)
            findings += LayoutRules.check(recognised, printed: printed, pages: pages)
        }
        // Without a printed page, a paragraph's page counts the breaks before it.
        var page = 1
        var fallback: [Int] = []
        for paragraph in document.paragraphs {
            if paragraph.pageBreakBefore { page += 1 }
            fallback.append(page)
        }
        for index in findings.indices {
            guard let paragraph = findings[index].paragraph else { continue }
            findings[index].page = pages[paragraph] ?? fallback[paragraph]
        }
        let order = Dictionary(uniqueKeysWithValues: Part.allCases.enumerated().map { ($1, $0) })
        findings.sort { ($0.page, order[$0.part] ?? 0) < ($1.page, order[$1.part] ?? 0) }
        return FileReport(file: file, kind: recognised.kind.id, findings: findings, measuredPages: printed != nil)
    }

    /// Reads a document by its extension; a `.doc` is converted by LibreOffice first.
    public static func read(_ file: URL, folder: URL) throws(FormatError) -> FormattedDocument {
        switch file.pathExtension.lowercased() {
        case "docx", "docm": return try WordReader(contentsOf: file).read()
        case "odt", "fodt": return try ODFReader(contentsOf: file).read()
        case "doc":
            guard let converter = OfficeConverter(processes: 1) else {
                throw .unreadable(file: file.relativePath, reason: "cần LibreOffice để đọc tệp .doc")
            }
            do {
                let converted = try converter.convertForReading(file, into: folder)
                return try ODFReader(contentsOf: converted).read()
            } catch let error as FormatError {
                throw error
            } catch {
                throw .unreadable(file: file.relativePath, reason: "\(error)")
            }
        default:
            throw .unsupported(file: file.relativePath)
        }
    }
}
