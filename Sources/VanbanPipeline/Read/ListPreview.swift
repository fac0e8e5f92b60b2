import Foundation
import VanbanData
import VanbanDocuments
import VanbanTemplate

/// What a list gives a template, without writing anything (`--xem-truoc`): each column and
/// the field it fills, the template's fields no column fills (and whether the common data
/// does), the columns nothing uses, the first record as it will print, how many records.
public struct ListPreview: Sendable {
    /// A column of the list.
    public struct Column: Sendable, Equatable {
        /// Its letter, as the spreadsheet shows it (`A`, `B`, …).
        public let letter: String
        /// Its heading as written.
        public let heading: String
        /// The field it fills.
        public let field: String
        /// Whether the template uses that field.
        public let used: Bool
    }

    /// The list file.
    public let file: String
    /// The row of its header, when it is a table.
    public let headerRow: Int?
    /// The columns, in order.
    public let columns: [Column]
    /// The fields the template prints that no column fills: `true` when the common data fills it.
    public let missing: [(field: String, inCommonData: Bool)]
    /// The first record, with the common data, as it will print.
    public let first: Value?
    /// Its row in the list.
    public let firstRow: Int?
    /// How many records the list holds.
    public let count: Int
    /// The sheet read, of a workbook, and the workbook's sheets ("(ẩn)" after a hidden one).
    public let sheet: String?
    public let sheets: [String]
    /// The header's rows (several when headings are merged over rows).
    public let headerRows: [Int]
    /// The numbering row under the header ("(1) (2) (3)"), when there is one.
    public let numberingRow: Int?
    /// Rows with something in them that are not records, by reason.
    public let leftOut: [(reason: DataWarning.LeftOutReason, rows: [Int])]
    /// Fields made of several columns joined (a heading merged across them).
    public let joined: [(field: String, letters: [String])]
    /// What reading the list changed or noticed (legacy fonts, names in capitals, invisible characters).
    public let warnings: [DataWarning]
    /// Values that may not mean what the clerk meant.
    public let suspicions: [Suspicion]

    /// A value that may not mean what the clerk meant.
    public enum Suspicion: Sendable, Equatable {
        /// A name that is a heading ("TẬP THỂ", "Họ và tên"), at `row`.
        case headingAsName(row: Int, text: String)
        /// The same value in every row of a column whose values are each record's own
        /// (số sổ vàng, CCCD, phone): a value copied down by mistake.
        case sameValueEverywhere(heading: String, value: String, records: Int)
    }

    /// Fields whose value is each record's own: the same one on every row is suspicious.
    static let ownFields: Set<String> = ["ho_ten", "so_so_vang", "so_cccd", "dien_thoai", "email", "stt"]

    /// The fields the list gives, in column order (a YAML/JSON list: its first item's).
    public var fields: [String] {
        columns.isEmpty ? (first?.keys ?? []) : columns.map(\.field)
    }

    static func read(_ job: Job) throws(JobError) -> ListPreview {
        guard case .list(let url, let commonURL) = job.records else {
            throw .dataIsNotAList(file: job.template.relativePath)
        }
        let template: Template
        do {
            template = try Template(contentsOf: job.template, options: .init(strict: false))
        } catch {
            throw .template(error)
        }
        let fields = template.fields
        let common: Value?
        do {
            common = try commonURL.map { (url) throws(DataError) in try DataFile.read(url) }
        } catch {
            throw .data(error)
        }
        let list = try JobInputs.openList(url, job: job, common: common, expected: fields.all, report: { _ in })
        do throws(DataError) {
            let collected = WarningBox()
            var reader = try list.reader(onWarning: { collected.warnings.append($0) })
            let first = try reader.next()
            var count = first == nil ? 0 : 1
            var suspicions: [Suspicion] = []
            var values: [String: Set<String>] = [:]
            var record = first
            while let current = record {
                if let name = current.value["ho_ten"]?.text, Self.isHeading(name) {
                    suspicions.append(.headingAsName(row: current.row, text: name))
                }
                for field in Self.ownFields where list.columns?.column(for: field) != nil {
                    if values[field, default: []].count < 2 { values[field, default: []].insert(current.value[field]?.text ?? "") }
                }
                record = try reader.next()
                if record != nil { count += 1 }
            }
            for column in list.columns?.columns ?? [] where Self.ownFields.contains(column.field) && count >= 3 {
                if let seen = values[column.field], seen.count == 1, let value = seen.first, !value.isEmpty {
                    suspicions.append(.sameValueEverywhere(heading: column.heading, value: value, records: count))
                }
            }
            let columns = (list.columns?.columns ?? []).map {
                Column(letter: $0.span.map(ColumnMap.letter(of:)).joined(separator: "+"), heading: $0.heading, field: $0.field,
                       used: fields.all.contains($0.field))
            }
            let derived = Set(list.derivedFields)
            // A decision gives each recipient its money and số sổ vàng.
            let decided: Set<String> = common.flatMap { try? Computation(for: $0) } == .awardDecision ? ["so_tien", "so_so_vang"] : []
            let missing = (list.columns?.missingFields(expected: fields.required) ?? []).filter { !derived.contains($0) }
                .map { (field: $0, inCommonData: common?[$0] != nil || decided.contains($0)) }
            var leftOut: [(reason: DataWarning.LeftOutReason, rows: [Int])] = []
            var warnings: [DataWarning] = []
            for warning in collected.warnings {
                switch warning.kind {
                case .rowsLeftOut(let reason, let rows): leftOut.append((reason, rows))
                case .sheetChosen: continue
                default: warnings.append(warning)
                }
            }
            return ListPreview(file: url.relativePath, headerRow: list.headerRow, columns: columns, missing: missing,
                               first: first?.value, firstRow: first?.row, count: count, sheet: list.sheet,
                               sheets: list.sheetNames, headerRows: list.headerRows, numberingRow: list.numberingRow,
                               leftOut: leftOut, joined: list.joinedColumns, warnings: warnings, suspicions: suspicions)
        } catch {
            throw .data(error)
        }
    }

    /// A name that is a column heading or a section's ("TẬP THỂ", "Họ và tên", "Tổng cộng").
    static func isHeading(_ name: String) -> Bool {
        let key = FieldName.normalize(name)
        return HeadingTable.bundled.entry(heading: name) != nil || ["tap_the", "ca_nhan", "tong_cong", "cong", "tong"].contains(key)
    }

    /// Warnings heard while the list is walked.
    private final class WarningBox: @unchecked Sendable {
        var warnings: [DataWarning] = []
    }
}
