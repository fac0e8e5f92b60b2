import Foundation
import VanbanData
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
            var reader = try list.reader()
            let first = try reader.next()
            var count = first == nil ? 0 : 1
            while try reader.next() != nil { count += 1 }
            let columns = (list.columns?.columns ?? []).map {
                Column(letter: $0.letter, heading: $0.heading, field: $0.field, used: fields.all.contains($0.field))
            }
            let missing = (list.columns?.missingFields(expected: fields.required) ?? [])
                .map { (field: $0, inCommonData: common?[$0] != nil) }
            return ListPreview(file: url.relativePath, headerRow: list.headerRow, columns: columns, missing: missing,
                               first: first?.value, firstRow: first?.row, count: count)
        } catch {
            throw .data(error)
        }
    }
}
