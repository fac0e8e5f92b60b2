import VanbanData
import VanbanRules

/// What a document computes before it is rendered, chosen once from its `loai` field:
/// a Quyết định khen thưởng (``AwardDecision``) or a Kế hoạch's budget (``PlanBudget``).
public enum Computation: String, Sendable, CaseIterable {
    /// `loai: quyet-dinh-khen-thuong`.
    case awardDecision = "quyet-dinh-khen-thuong"
    /// `loai: ke-hoach`.
    case planBudget = "ke-hoach"

    /// The computation `data` asks for with `loai`: `nil` when it has none.
    public init?(for data: Value) throws(DocumentsError) {
        guard let name = data["loai"]?.text, !name.isEmpty else { return nil }
        guard let computation = Computation(rawValue: name) else {
            throw .invalid(field: "loai", value: name, record: nil,
                           expected: Computation.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = computation
    }

    /// Whether the computation works on a list (the danh sách of a decision).
    public var needsList: Bool { self == .awardDecision }

    /// `data` with `list` as its danh sách (a decision's recipients).
    public static func attaching(_ list: [Value], to data: Value) throws(DocumentsError) -> Value {
        guard case .object(var fields) = data else { throw .missing(field: "các trường \"ten: giá trị\"", record: nil) }
        fields["danh_sach"] = .list(list)
        return .object(fields)
    }

    /// The document's data with what it computes added.
    public func apply(to data: Value, table: AwardTable = .bundled) throws(DocumentsError) -> Value {
        switch self {
        case .awardDecision:
            guard case .list(let list)? = data["danh_sach"] else { throw .missing(field: "danh_sach", record: nil) }
            return try AwardDecision.prepare(data, list: list, table: table)
        case .planBudget:
            return try PlanBudget.prepare(data, table: table)
        }
    }

    /// The recipients of a decision computed by ``apply(to:table:)``, in the decision's order
    /// (tập thể first), each with its `so_tien` and `so_so_vang`: the records of the
    /// certificates that go with it.
    public static func recipients(of decision: Value) -> [Value] {
        guard case .list(let groups)? = decision["nhom"] else { return [] }
        return groups.flatMap { group -> [Value] in
            guard case .list(let members)? = group["thanh_vien"] else { return [] }
            return members
        }
    }
}
