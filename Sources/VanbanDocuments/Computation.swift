import VanbanData
import VanbanRules

/// The computations a document asks for with its `loai` field, run on its data before it is
/// rendered: `quyet-dinh-khen-thuong` (``AwardDecision``), `ke-hoach` (``PlanBudget``). Other
/// data passes unchanged.
public enum Computation {
    /// The kinds of document that compute something.
    public static let kinds = ["quyet-dinh-khen-thuong", "ke-hoach"]

    public static func apply(to data: Value, table: AwardTable = .bundled) throws(DocumentsError) -> Value {
        switch data["loai"]?.text {
        case "quyet-dinh-khen-thuong":
            guard case .list(let list)? = data["danh_sach"] else { throw .missing(field: "danh_sach", record: nil) }
            return try AwardDecision.prepare(data, list: list, table: table)
        case "ke-hoach":
            return try PlanBudget.prepare(data, table: table)
        case let other? where !other.isEmpty:
            throw .invalid(field: "loai", value: other, record: nil, expected: kinds.joined(separator: ", "))
        default:
            return data
        }
    }
}
