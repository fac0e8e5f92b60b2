import VanbanRules

/// What a reader changed in the data on its way in, for the clerk to check.
public struct DataWarning: Equatable, Sendable, CustomStringConvertible {
    /// The data file.
    public let path: String
    /// The line of the value (0 when unknown).
    public let line: Int
    /// The field, dotted (`nguoi_ky.ho_ten`, `danh_sach[3].don_vi`).
    public let field: String
    /// The legacy font encoding the value was converted from.
    public let converted: LegacyEncoding

    public var description: String {
        "\(path):\(line): trường \"\(field)\" được gõ bằng phông \(converted.rawValue) cũ, đã chuyển sang Unicode; hãy kiểm tra lại chữ."
    }
}

/// A data file's value and the warnings of reading it.
public struct DataReading: Sendable {
    public let value: Value
    public let warnings: [DataWarning]
}
