import Foundation

/// An award's money with how it was computed, so the clerk can check it against the decree.
public struct AwardAmount: Equatable, Sendable, CustomStringConvertible {
    /// Hệ số (`0.3`).
    public let coefficient: Decimal
    /// 1,5 for a household under NĐ 152/2025, else `nil`.
    public let householdFactor: Decimal?
    /// Mức lương cơ sở on the decision date.
    public let baseSalary: Decimal
    /// How the amount was rounded.
    public let rounding: Rounding
    /// `NĐ 152/2025`.
    public let decree: String
    /// The article of the decree (`Điều 54`).
    public let article: String
    /// `Giấy khen`.
    public let awardName: String

    /// The product before rounding.
    public var exact: Decimal { (householdFactor ?? 1) * coefficient * baseSalary }

    /// The amount paid.
    public var amount: Decimal {
        let step = Decimal(10_000)
        var quotient = exact / step
        var rounded = Decimal()
        switch rounding {
        case .none: return exact
        case .up: NSDecimalRound(&rounded, &quotient, 0, .up)
        case .nearest: NSDecimalRound(&rounded, &quotient, 0, .plain)
        }
        return rounded * step
    }

    /// `0,3 × 2.530.000 = 759.000 → 760.000 (làm tròn lên hàng chục nghìn; NĐ 152/2025)`.
    public var explanation: String {
        var factors = [Money.format(coefficient), Money.format(baseSalary)]
        if let householdFactor { factors.insert(Money.format(householdFactor), at: 0) }
        var text = factors.joined(separator: " × ") + " = " + Money.format(exact)
        let how: String
        switch rounding {
        case .up: how = "làm tròn lên hàng chục nghìn"
        case .nearest: how = "làm tròn đến hàng chục nghìn gần nhất"
        case .none: how = "không làm tròn"
        }
        if amount != exact { text += " → " + Money.format(amount) }
        return text + " (\(how); \(decree))"
    }

    /// How the amount was found (``explanation``).
    public var description: String { explanation }
}
