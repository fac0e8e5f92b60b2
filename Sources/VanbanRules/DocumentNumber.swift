/// Số, ký hiệu văn bản (NĐ 30/2020, Điều 15 and Phụ lục I): `266/KH-SYT`, `05/QĐ-SYT`,
/// `12/SYT-TCCB` for a công văn. Numbers below 10 get a leading zero; before issue the number
/// is left blank (`     /KH-SYT`) for the văn thư to write in.
public struct DocumentNumber: Equatable, Sendable, CustomStringConvertible {
    /// The number in the year's register, or `nil` while the document is a draft.
    public let number: Int?
    /// What follows the slash: `KH-SYT`, `QĐ-SYT`, `SYT-TCCB`.
    public let symbol: String

    /// A numbered document of a kind: `DocumentNumber(266, kind: "KH", issuer: "SYT")`.
    public init(_ number: Int?, kind: String, issuer: String) {
        self.number = number
        self.symbol = "\(kind)-\(issuer)".uppercased()
    }

    /// A công văn, which has no kind abbreviation: the issuer, then the drafting unit.
    public init(letter number: Int?, issuer: String, unit: String) {
        self.number = number
        self.symbol = "\(issuer)-\(unit)".uppercased()
    }

    /// The blank left for the number in a draft.
    public static let blank = String(repeating: " ", count: 5)

    /// `05`, `266`, or the blank.
    public var paddedNumber: String {
        guard let number else { return Self.blank }
        return number < 10 ? "0\(number)" : "\(number)"
    }

    /// `266/KH-SYT`: no spaces around the slash.
    public var description: String { "\(paddedNumber)/\(symbol)" }
}
