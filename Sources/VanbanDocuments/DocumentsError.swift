import VanbanRules

/// A decision or a plan whose data cannot be worked out.
public enum DocumentsError: Error, Equatable, CustomStringConvertible {
    /// A field the document needs is missing or empty.
    case missing(field: String, record: Int?)
    /// A value that is not one of the allowed ones.
    case invalid(field: String, value: String, record: Int?, expected: String)
    /// A rule of the decree refused the data (unknown award, date before any period).
    case rules(RulesError)

    /// The record of the list the problem is in, if it is in one.
    public var record: Int? {
        switch self {
        case .missing(_, let record), .invalid(_, _, let record, _): return record
        case .rules: return nil
        }
    }

    /// The problem in Vietnamese, with the field and record.
    public var description: String {
        switch self {
        case .missing(let field, let record):
            return "thiếu \"\(field)\"\(record.map { " ở bản ghi \($0)" } ?? "")."
        case .invalid(let field, let value, let record, let expected):
            return "\"\(field)\"\(record.map { " ở bản ghi \($0)" } ?? "") là \"\(value)\": cần \(expected)."
        case .rules(let error):
            return error.description
        }
    }
}
