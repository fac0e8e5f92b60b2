import Foundation

/// What the Kiểm tra page shows of a job: which field comes from where, every problem with
/// its record and place, and whether the job may be generated.
struct CheckReport: Sendable, Equatable {
    /// A problem: the record (with the list's row) it is in, and the library's sentence.
    struct Problem: Sendable, Equatable {
        let record: String
        let message: String
    }

    /// Where a field's value comes from.
    enum Source: Sendable, Equatable {
        case listColumn
        case form
        case nowhere
    }

    var problems: [Problem]
    var warnings: [String]
    /// Each template field and where it is filled from.
    var fields: [(name: String, source: Source)]
    /// The list's columns as field names (empty without a list).
    var listFields: [String]
    var records: Int

    var isClean: Bool { problems.isEmpty }

    static func == (left: CheckReport, right: CheckReport) -> Bool {
        left.problems == right.problems && left.warnings == right.warnings && left.listFields == right.listFields
            && left.records == right.records && left.fields.map(\.name) == right.fields.map(\.name)
            && left.fields.map(\.source) == right.fields.map(\.source)
    }
}
