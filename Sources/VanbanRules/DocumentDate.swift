import Foundation

/// A calendar date as documents write it (SPEC §2, §7): `ngày 04 tháng 12 năm 2024` in the
/// header and căn cứ, `04/12/2024` in tables. Day first, always.
public struct DocumentDate: Equatable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The year, four digits.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// A date that exists; throws `invalidDate` for 31/02.
    public init(year: Int, month: Int, day: Int) throws(RulesError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, year: year)).contains(day)
        else { throw .invalidDate(String(format: "%02d/%02d/%04d", day, month, year)) }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `2024-12-04`, `04/12/2024`, `4/12/2024`, `04-12-2024`, `04.12.2024` (day first).
    public init(parsing text: String) throws(RulesError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbers = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) })
        else { throw .notADate(text) }
        let values = numbers.map { Int($0)! }
        let (year, month, day): (Int, Int, Int)
        if numbers[0].count == 4 {
            (year, month, day) = (values[0], values[1], values[2])
        } else if numbers[2].count == 4 {
            (year, month, day) = (values[2], values[1], values[0])
        } else {
            throw .notADate(text)
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw .invalidDate(trimmed)
        }
    }

    /// A spreadsheet date cell (Excel and LibreOffice: days since 30/12/1899).
    public init(spreadsheetSerial serial: Int) throws(RulesError) {
        guard serial > 0, serial < 2_958_466 else { throw .notADate(String(serial)) }
        // Civil-from-days (proleptic Gregorian), with 1899-12-30 as day 0.
        let z = serial - 25_569 + 719_468  // days since 0000-03-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        try self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day as ND30 pads it: below 10 with a leading zero (`05`).
    public var paddedDay: String { day < 10 ? "0\(day)" : "\(day)" }

    /// The month as ND30 pads it: only January and February (`01`, `02`, but `3`, `12`).
    public var paddedMonth: String { month <= 2 ? "0\(month)" : "\(month)" }

    /// `ngày 04 tháng 12 năm 2024`.
    public var long: String { "ngày \(paddedDay) tháng \(paddedMonth) năm \(year)" }

    /// `Đắk Lắk, ngày 04 tháng 12 năm 2024`.
    public func long(place: String) -> String { "\(place), \(long)" }

    /// The draft form, day and month left blank for the signer: `ngày      tháng      năm 2024`.
    public static func draft(year: Int, place: String? = nil) -> String {
        let blank = String(repeating: " ", count: 6)
        let text = "ngày\(blank)tháng\(blank)năm \(year)"
        return place.map { "\($0), \(text)" } ?? text
    }

    /// `04/12/2024`, for tables.
    public var numeric: String { String(format: "%02d/%02d/%04d", day, month, year) }

    /// `2024-12-04`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `dd/MM/yyyy`.
    public var description: String { numeric }

    /// Earlier dates first.
    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
