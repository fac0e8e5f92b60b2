import Foundation
import Testing
import VanbanRegister

/// Ký hiệu patterns, days and database addresses.
struct SymbolPatternTests {
    @Test(arguments: [
        ("{so}/{loai}-{co_quan}", 5, "QĐ", "", "05/QĐ-SYT"),
        ("{so}/{loai}-{co_quan}", 10, "QĐ", "", "10/QĐ-SYT"),
        ("{so}/{loai}-{co_quan}", 123, "KH", "", "123/KH-SYT"),
        ("{so}/{loai}-{co_quan}-{don_vi}", 7, "TB", "VP", "07/TB-SYT-VP"),
        ("{so}/{loai}-{co_quan}-{don_vi}", 7, "TB", "", "07/TB-SYT"),
        ("{so}/{co_quan}-{don_vi}", 42, "CV", "TCCB", "42/SYT-TCCB"),
        ("{so}/{nam}/{loai}-{co_quan}", 1, "QĐ", "", "01/2026/QĐ-SYT"),
    ])
    func patternGivesTheSymbol(pattern: String, number: Int, kind: String, unit: String, expected: String) throws {
        let symbol = try SymbolPattern(pattern).symbol(number: number, kind: kind, agency: "SYT", unit: unit, year: 2026)
        #expect(symbol == expected)
    }

    @Test func patternWithoutNumberIsRefused() {
        #expect(throws: RegisterError.patternWithoutNumber("{loai}-{co_quan}")) {
            try SymbolPattern("{loai}-{co_quan}")
        }
        #expect(RegisterError.patternWithoutNumber("{loai}-{co_quan}").description
            == "mẫu ký hiệu \"{loai}-{co_quan}\" thiếu {so}: ký hiệu nào cũng phải có số")
    }

    @Test func patternIsNormalisedToNFC() throws {
        let decomposed = "{so}/Q\u{0110}-{co_quan}".decomposedStringWithCanonicalMapping
        let symbol = try SymbolPattern(decomposed).symbol(number: 1, kind: "", agency: "SY\u{0054}", unit: "", year: 2026)
        #expect(symbol.unicodeScalars.elementsEqual("01/QĐ-SYT".unicodeScalars))
    }

    @Test func daysReadBothWays() {
        #expect(CalendarDay("2026-03-02") == CalendarDay(year: 2026, month: 3, day: 2))
        #expect(CalendarDay("02/03/2026") == CalendarDay(year: 2026, month: 3, day: 2))
        #expect(CalendarDay("31/13/2026") == nil)
        #expect(CalendarDay("hôm nay") == nil)
        #expect(CalendarDay(year: 2026, month: 3, day: 2).description == "02/03/2026")
    }

    @Test func vietnamYearTurnsAtItsMidnight() {
        #expect(RegisterCalendar.year(of: TestClock.date("2025-12-31T16:59:59Z")) == 2025)
        #expect(RegisterCalendar.year(of: TestClock.date("2025-12-31T17:00:00Z")) == 2026)
    }

    @Test func addressesAreReadAsFileOrServer() throws {
        #expect(try RegisterLocation(parsing: "du-lieu/so-di.sqlite") == .sqlite(URL(fileURLWithPath: "du-lieu/so-di.sqlite")))
        let server = try PostgresAddress("postgres://van%20thu:m%E1%BA%ADt@db.syt.local:6543/so_di")
        #expect(server == (try PostgresAddress("postgresql://van%20thu:m%E1%BA%ADt@db.syt.local:6543/so_di")))
        #expect(server.user == "van thu")
        #expect(server.password == "mật")
        #expect(server.host == "db.syt.local")
        #expect(server.port == 6543)
        #expect(server.database == "so_di")
        #expect(try PostgresAddress("postgres://vanban@127.0.0.1").port == 5432)
        #expect(try PostgresAddress("postgres://vanban@127.0.0.1").database == "vanban")
        let error = #expect(throws: RegisterError.self) { try RegisterLocation(parsing: "mysql://x@y/z") }
        #expect(error?.description == "địa chỉ cơ sở dữ liệu \"mysql://x@y/z\" không hợp lệ: dùng đường dẫn tệp SQLite hoặc postgres://người_dùng:mật_khẩu@máy:cổng/tên_csdl")
    }
}
