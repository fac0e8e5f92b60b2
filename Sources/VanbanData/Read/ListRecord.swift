/// A record of a list with the row it came from: the row number Excel or Calc shows (a CSV's
/// rows counted the same way), or the item's position (1-based) in a YAML or JSON list.
public struct ListRecord: Equatable, Sendable {
    /// The 1-based row number.
    public let row: Int
    /// The record: field → value, the common data's fields included.
    public let value: Value

    /// The record `value`, read from row `row`.
    public init(row: Int, value: Value) {
        self.row = row
        self.value = value
    }
}
