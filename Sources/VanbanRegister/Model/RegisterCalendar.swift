import Foundation

/// The register's calendar: Gregorian, in Vietnam's time zone (Asia/Ho_Chi_Minh, UTC+7),
/// so the year of a number changes at midnight of 1 January in Hà Nội, whatever the machine's zone.
public enum RegisterCalendar {
    /// Vietnam's time zone.
    public static let timeZone: TimeZone =
        TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current

    /// The Gregorian calendar in Vietnam's time zone.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The year a moment belongs to in Vietnam.
    public static func year(of date: Date) -> Int {
        calendar.component(.year, from: date)
    }

    /// The calendar day a moment falls on in Vietnam.
    public static func day(of date: Date) -> CalendarDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

/// A calendar day without time, such as a document's date ("ngày ban hành").
public struct CalendarDay: Sendable, Equatable, Comparable, Codable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1…12.
    public var month: Int
    /// The day, 1…31.
    public var day: Int

    /// A day.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `yyyy-mm-dd` (as stored) or `dd/mm/yyyy` (as typed); nil otherwise.
    public init?(_ text: String) {
        let iso = text.split(separator: "-").compactMap { Int($0) }
        let typed = text.split(separator: "/").compactMap { Int($0) }
        if iso.count == 3, text.split(separator: "-").count == 3 {
            self.init(year: iso[0], month: iso[1], day: iso[2])
        } else if typed.count == 3, text.split(separator: "/").count == 3 {
            self.init(year: typed[2], month: typed[1], day: typed[0])
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day), year > 0 else { return nil }
    }

    /// `yyyy-mm-dd`, the stored form.
    public var isoText: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `dd/mm/yyyy`, the form Phụ lục IV shows.
    public var description: String {
        String(format: "%02d/%02d/%04d", day, month, year)
    }

    /// Days compare by year, then month, then day.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
