import Foundation

/// Who receives an award.
public enum Recipient: String, Sendable, CaseIterable {
    /// Cá nhân.
    case individual = "ca-nhan"
    /// Tập thể.
    case collective = "tap-the"
    /// Hộ gia đình (NĐ 152/2025: 1,5 × the individual amount).
    case household = "ho-gia-dinh"

    /// The Vietnamese words for messages.
    public var words: String {
        switch self {
        case .individual: return "cá nhân"
        case .collective: return "tập thể"
        case .household: return "hộ gia đình"
        }
    }
}

/// How the award money is rounded (SPEC §6: the decrees say "lên hàng chục nghìn đồng").
public enum Rounding: String, Sendable, CaseIterable {
    /// Up to the next 10.000 (the default reading).
    case up = "len"
    /// To the nearest 10.000.
    case nearest = "gan-nhat"
    /// The exact product (budget estimates in plans).
    case none = "khong"
}

/// The award-money and mức lương cơ sở tables, each row dated (SPEC §6). The bundled table is
/// `awards.json`; an office can give its own file in the same format when a decree changes.
public struct AwardTable: Sendable {
    struct File: Decodable {
        struct Salary: Decodable { let from: String; let amount: String; let decree: String }
        struct Award: Decodable {
            let id: String; let name: String; let individual: String?; let collective: String?; let article: String
        }
        struct Period: Decodable {
            let from: String; let decree: String; let household_factor: String?; let awards: [Award]
        }
        let base_salaries: [Salary]
        let periods: [Period]
    }

    struct Salary: Sendable { let from: DocumentDate; let amount: Decimal; let decree: String }
    struct Award: Sendable {
        let id: String; let name: String; let individual: Decimal?; let collective: Decimal?; let article: String
    }
    struct Period: Sendable {
        let from: DocumentDate; let decree: String; let householdFactor: Decimal?; let awards: [Award]
    }

    let salaries: [Salary]
    let periods: [Period]

    /// Reads a table in the format of the bundled `awards.json`.
    public init(json data: Data) throws(RulesError) {
        let file = try TableFile.decode(File.self, from: data)
        func decimal(_ text: String?) throws(RulesError) -> Decimal? {
            guard let text else { return nil }
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw .invalidTable("\"\(text)\" không phải là số")
            }
            return value
        }
        salaries = try file.base_salaries.map { (row) throws(RulesError) in
            Salary(from: try DocumentDate(parsing: row.from), amount: try decimal(row.amount)!, decree: row.decree)
        }.sorted { $0.from < $1.from }
        periods = try file.periods.map { (period) throws(RulesError) in
            Period(
                from: try DocumentDate(parsing: period.from), decree: period.decree,
                householdFactor: try decimal(period.household_factor),
                awards: try period.awards.map { (award) throws(RulesError) in
                    Award(id: award.id, name: award.name, individual: try decimal(award.individual),
                          collective: try decimal(award.collective), article: award.article)
                })
        }.sorted { $0.from < $1.from }
        guard !salaries.isEmpty, !periods.isEmpty else { throw .invalidTable("bảng trống") }
    }

    /// The table bundled with vanban.
    public static let bundled: AwardTable = {
        guard let url = Bundle.module.url(forResource: "awards", withExtension: "json"),
            let data = try? Data(contentsOf: url), let table = try? AwardTable(json: data)
        else { fatalError("vanban: the bundled awards.json is missing or broken") }
        return table
    }()

    /// The award identifiers (`giay-khen`, …) of the latest period.
    public var awardIDs: [String] { periods.last!.awards.map(\.id) }

    /// The mức lương cơ sở in force on `date`.
    public func baseSalary(on date: DocumentDate) throws(RulesError) -> (amount: Decimal, decree: String) {
        guard let row = salaries.last(where: { $0.from <= date }) else {
            throw .beforeFirstPeriod(table: "mức lương cơ sở", date: date.numeric, first: salaries[0].from.numeric)
        }
        return (row.amount, row.decree)
    }

    /// The award money for `award` given to `recipient` by a decision dated `date`.
    public func amount(_ award: String, for recipient: Recipient, on date: DocumentDate,
                       rounding: Rounding = .up) throws(RulesError) -> AwardAmount {
        guard let period = periods.last(where: { $0.from <= date }) else {
            throw .beforeFirstPeriod(table: "mức thưởng", date: date.numeric, first: periods[0].from.numeric)
        }
        guard let row = period.awards.first(where: { $0.id == award }) else {
            throw .unknownAward(award, known: period.awards.map(\.id))
        }
        let coefficient: Decimal
        var factor: Decimal?
        switch recipient {
        case .individual, .household:
            guard let value = row.individual else {
                throw .awardNotForRecipient(award: row.name, recipient: recipient.words)
            }
            coefficient = value
            if recipient == .household {
                guard let household = period.householdFactor else {
                    throw .awardNotForRecipient(award: "\(row.name) (\(period.decree))", recipient: recipient.words)
                }
                factor = household
            }
        case .collective:
            guard let value = row.collective else {
                throw .awardNotForRecipient(award: row.name, recipient: recipient.words)
            }
            coefficient = value
        }
        let salary = try baseSalary(on: date)
        return AwardAmount(
            coefficient: coefficient, householdFactor: factor, baseSalary: salary.amount,
            rounding: rounding, decree: period.decree, article: row.article, awardName: row.name)
    }
}
