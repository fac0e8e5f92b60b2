import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// One run of vanban: a template filled from data into documents. The command line, the web
/// page and the register all run the same job.
///
/// The stages, each once: **read** the template (compiled into the form the output needs),
/// the data, the list and the common data → **compute** what the document asks for (an award
/// decision, a plan's budget) → **check and render** every record exactly once (a record's
/// problems are found while it renders) → **write** through one ``OutputFormat`` into a private
/// work folder, and publish by rename only when every record passed. A failure leaves the
/// output as it was.
///
/// ```swift
/// var job = Job(template: URL(fileURLWithPath: "giay-khen.fodt"),
///               records: .list(URL(fileURLWithPath: "ds.xlsx"), common: nil),
///               layout: .onePerRecord(names: "{{ho_ten}}", groupBy: nil))
/// job.format = .pdf
/// let result = try job.run { event in print(event) }
/// print(result.written, result.location.path)
/// ```
public struct Job: Sendable {
    /// Where the records come from.
    public enum Records: Sendable {
        /// One data file (YAML/JSON): one document, or with ``Layout/allInOne(restartNumbering:)``
        /// a list whose items are the records. `list`: a danh sách attached as `danh_sach`.
        case document(URL, list: URL?)
        /// A list (CSV, XLSX, ODS, YAML/JSON): a record per row. `common`: fields every record
        /// has too (an award decision's, whose recipients are then the records).
        case list(URL, common: URL?)
    }

    /// What is written.
    public enum Layout: Sendable, Equatable {
        /// One document (from ``Records/document(_:list:)``).
        case oneDocument
        /// A file per record in a folder: named by a pattern (`{{so_so_vang}}-{{ho_ten}}`) or
        /// numbered, in a subfolder per value of `groupBy`.
        case onePerRecord(names: String?, groupBy: String?)
        /// One file, a page (or pages) per record; `restartNumbering`: each record's pages from 1.
        case allInOne(restartNumbering: Bool)
    }

    /// The template file (`.fodt`, `.odt`, or a text template for ``Layout/oneDocument``).
    public var template: URL
    /// Where the records come from.
    public var records: Records
    /// What is written.
    public var layout: Layout
    /// The file, or for ``Layout/onePerRecord(names:groupBy:)`` the folder; `nil`: `output/…`.
    public var output: URL?
    /// The format; `nil`: the one `output`'s extension names, else Flat ODT.
    public var format: OutputFormat?
    /// The sheet of an `.xlsx`/`.ods` list (`nil`: the first).
    public var sheet: String?
    /// A missing field prints nothing instead of being an error.
    public var allowMissing = false
    /// The list's header row (1-based), when it is not found by itself (`--dong-tieu-de`).
    public var headerRow: Int?
    /// Field → the column heading that fills it, for headings vanban does not know (`--cot`).
    public var columnHeadings: [String: String] = [:]
    /// The encoding of a CSV/TXT list by name (`--bang-ma`); detected when `nil`.
    public var encoding: String?
    /// Printing onto phôi: the template is made from its positions (`NAME.vi-tri.yaml` beside
    /// it), every field shifted by this many millimetres (`--lech X,Y`).
    public var blankOffset: BlankProfile.Offset?
    /// The document's number from the outgoing register (số, and số + ký hiệu as the register
    /// writes it): put in the data's `so` and `so_ky_hieu` before rendering.
    public var registeredNumber: (number: Int, symbol: String)?
    /// What the document says of itself (ND30 Phụ lục VI), written into its `meta.xml` and,
    /// through LibreOffice, its PDF's title and subject (one document from ODF templates).
    public var metadata: DocumentMetadata?
    /// The electronic copy for ký số (`--ban-dien-tu`): PDF/A-2b, and `ban_dien_tu: true` in the
    /// data so that a template can leave room for the signature and seal images.
    public var electronic = false
    /// An award list may name the same person twice (`--cho-phep-trung`).
    public var allowDuplicates = false
    /// An award decision pays the amounts its list gives, not the decree's (`--theo-so-tien-danh-sach`).
    public var keepListAmounts = false
    /// For a file per record: render only this shard of the list (numbers, names and the list
    /// of files as the whole batch would give them), so machines can share a long batch.
    public var shard: Shard?
    /// The folder that relative default outputs go to.
    public var defaultFolder = URL(fileURLWithPath: "output", isDirectory: true)

    /// A job with the defaults: format from the output's name, strict about missing fields.
    public init(template: URL, records: Records, layout: Layout, output: URL? = nil, format: OutputFormat? = nil) {
        self.template = template
        self.records = records
        self.layout = layout
        self.output = output
        self.format = format
    }

    /// Runs the job; `report` hears of progress and warnings as they happen (from the calling
    /// thread, and from the thread that reads a batch's list ahead: it must be thread-safe). Returns what was written; throws, having written nothing, on any problem.
    public func run(_ report: @escaping @Sendable (JobEvent) -> Void = { _ in }) throws(JobError) -> JobResult {
        if let shard, shard.count < 1 || shard.index < 1 || shard.index > shard.count {
            throw .badShard(index: shard.index, count: shard.count)
        }
        let plan = try OutputPlan(self)
        let readable = try OldFormats(self)
        defer { readable.remove() }
        let job = readable.job
        do {
            let inputs = try JobInputs.read(job, plan: plan, report: report)
            switch layout {
            case .oneDocument:
                return try OneDocument(job: job, plan: plan, inputs: inputs).write(report)
            case .allInOne(let restartNumbering):
                return try AllInOne(job: job, plan: plan, inputs: inputs, restartNumbering: restartNumbering).write(report)
            case .onePerRecord(let names, let groupBy):
                return try OnePerRecord(job: job, plan: plan, inputs: inputs, names: names, groupBy: groupBy).write(report)
            }
        } catch {
            throw readable.attributed(error)
        }
    }

    /// One of `count` equal shares of a list: the records whose number `n` has
    /// `(n - 1) % count == index - 1`.
    public struct Shard: Sendable, Equatable {
        /// 1-based: 1…count.
        public var index: Int
        /// How many shards the list is cut into.
        public var count: Int

        /// Shard `index` (1-based) of `count`.
        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }

        /// Whether record `number` (1-based) belongs to this shard.
        public func holds(_ number: Int) -> Bool { (number - 1) % count == index - 1 }
    }

    /// Where the job will write and in which format (nothing is read or written).
    public func destination() throws(JobError) -> (location: URL, format: OutputFormat) {
        let plan = try OutputPlan(self)
        return (plan.location, plan.format)
    }

    /// The list's fields and first record, without writing anything (`--xem-truoc`).
    public func preview() throws(JobError) -> ListPreview {
        let readable = try OldFormats(self)
        defer { readable.remove() }
        do {
            return try ListPreview.read(readable.job)
        } catch {
            throw readable.attributed(error)
        }
    }
}
