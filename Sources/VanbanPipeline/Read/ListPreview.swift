import Foundation
import VanbanData

/// What a list gives a template, without writing anything (`--xem-truoc`): its fields, the
/// first record, how many records.
public struct ListPreview: Sendable {
    /// The list file.
    public let file: String
    /// The field names, in column order.
    public let fields: [String]
    /// The first record, if any.
    public let first: Value?
    /// How many records the list holds.
    public let count: Int

    static func read(_ job: Job) throws(JobError) -> ListPreview {
        guard case .list(let url, _) = job.records else {
            throw .dataIsNotAList(file: job.template.relativePath)
        }
        do {
            let list = try RecordList(url: url, sheet: job.sheet)
            var first: Value?
            var count = 0
            for record in try list.records() {
                if first == nil { first = record }
                count += 1
            }
            return ListPreview(file: url.relativePath, fields: list.fields, first: first, count: count)
        } catch {
            throw .data(error)
        }
    }
}
