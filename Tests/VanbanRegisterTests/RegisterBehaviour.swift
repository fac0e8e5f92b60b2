import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// What the register must do, whatever its database; run by ``SQLiteRegisterTests`` and
/// ``PostgresRegisterTests``.
enum RegisterBehaviour {
    static func reservesConsecutiveNumbersFromOne(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-03-02T09:00:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        var numbers: [Int] = []
        for _ in 0..<3 { numbers.append(try await register.reserve(series: "chung", by: "Trần Thị Bình").number) }
        #expect(numbers == [1, 2, 3])
        let entries = try await register.entries(EntryQuery(series: "chung", year: 2026))
        #expect(entries.map(\.state) == [.reserved, .reserved, .reserved])
        #expect(entries.first?.takenBy == "Trần Thị Bình")
        #expect(entries.first?.takenAt == clock.now())
        try await register.close()
    }

    static func cancelledNumberStaysAndIsNeverReused(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-03-02T09:00:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        _ = try await register.reserve(series: "chung", by: "B")
        _ = try await register.reserve(series: "chung", by: "B")
        let cancelled = try await register.cancel(series: "chung", year: 2026, number: 2, by: "B", reason: "Lấy nhầm")
        #expect(cancelled.state == .cancelled)
        #expect(cancelled.cancelReason == "Lấy nhầm")
        #expect(try await register.reserve(series: "chung", by: "B").number == 3)
        let error = await #expect(throws: RegisterError.self) {
            try await register.cancel(series: "chung", year: 2026, number: 2, by: "B", reason: "lần nữa")
        }
        #expect(error?.description == "số 02 năm 2026 của hệ thống số \"chung\" đã hủy, không dùng lại được")
        let issueCancelled = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "chung", number: 2, document: decision("x"), by: "B",
                                     write: writer(into: folder.url))
        }
        #expect(issueCancelled == .alreadyCancelled(series: "chung", year: 2026, number: 2))
        let states = try await register.entries(EntryQuery(series: "chung")).map(\.state)
        #expect(states == [.reserved, .cancelled, .reserved])
        try await register.close()
    }

    static func issueRecordsTheWrittenFile(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-04-10T15:30:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        for _ in 0..<4 { _ = try await register.reserve(series: "chung", by: "B") }
        let entry = try await register.issue(series: "chung", document: decision("Về việc khen thưởng"), by: "B",
                                             write: writer(into: folder.url, text: "quyết định khen thưởng"))
        #expect(entry.number == 5)
        #expect(entry.symbol == "05/QĐ-SYT")
        #expect(entry.state == .issued)
        #expect(entry.date == CalendarDay(year: 2026, month: 4, day: 10))
        #expect(entry.details == decision("Về việc khen thưởng"))
        let file = folder.file("05-QĐ-SYT.txt")
        #expect(entry.filePath == file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "05/QĐ-SYT\nquyết định khen thưởng\n")
        #expect(entry.sha256 == (try FileDigest.sha256(ofFileAt: file)))
        #expect(!FileManager.default.fileExists(atPath: StagedFile.temporaryURL(for: file).path))
        // A reserved number is issued in place, with the date given.
        let reserved = try await register.issue(series: "chung", number: 2, date: CalendarDay(year: 2026, month: 4, day: 9),
                                                document: decision("Về việc cử cán bộ"), by: "B",
                                                write: writer(into: folder.url))
        #expect(reserved.symbol == "02/QĐ-SYT")
        #expect(reserved.date?.description == "09/04/2026")
        let again = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "chung", number: 2, document: decision("x"), by: "B",
                                     write: writer(into: folder.url))
        }
        #expect(again?.description == "số 02 năm 2026 của hệ thống số \"chung\" đã cấp cho văn bản 02/QĐ-SYT")
        #expect(try await register.entries(EntryQuery(text: "khen thưởng")).map(\.number) == [5])
        #expect(try await register.entries(EntryQuery(state: .issued)).map(\.number) == [2, 5])
        try await register.close()
    }

    static func failedWriteTakesNoNumber(_ backend: Backend) async throws {
        struct DiskFull: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-04-10T15:30:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        await #expect(throws: DiskFull.self) {
            try await register.issue(series: "chung", document: decision("x"), by: "B") { number in
                let staging = folder.file(".half-written")
                try Data("một nửa".utf8).write(to: staging)
                _ = number
                throw DiskFull()
            }
        }
        #expect(try await register.entries().isEmpty)
        let entry = try await register.issue(series: "chung", document: decision("y"), by: "B",
                                             write: writer(into: folder.url))
        #expect(entry.number == 1)
        try await register.close()
    }

    static func existingNumberAndSymbolIsRefused(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-04-10T15:30:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        // A second series wrongly set up with the same pattern and office.
        try await register.save(Series(name: "trung", pattern: "{so}/{loai}-{co_quan}", agency: "SYT"))
        _ = try await register.issue(series: "chung", document: decision("a"), by: "B", write: writer(into: folder.url))
        let error = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "trung", document: decision("b"), by: "B",
                                     write: writer(into: folder.url, text: "khác"))
        }
        #expect(error?.description == "số, ký hiệu 01/QĐ-SYT đã có trong sổ văn bản đi năm 2026")
        // The refused file is gone, the first one untouched, and "trung" gave no number.
        #expect(try String(contentsOf: folder.file("01-QĐ-SYT.txt"), encoding: .utf8) == "01/QĐ-SYT\nnội dung\n")
        #expect(try folder.contents().filter { $0.hasPrefix(".") && $0.hasSuffix(".so-di-tam") }.isEmpty)
        #expect(try await register.entries(EntryQuery(series: "trung")).isEmpty)
        try await register.close()
    }

    static func numbersBelongToTheirYearInVietnam(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2025-12-31T23:59:58+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        #expect(try await register.reserve(series: "chung", by: "B").number == 1)
        clock.set("2025-12-31T23:59:59+07:00")
        let last = try await register.issue(series: "chung", document: decision("cuối năm"), by: "B",
                                            write: writer(into: folder.url))
        // 00:00:00 on 1 January in Hà Nội is still 31 December in UTC (17:00).
        clock.set("2025-12-31T17:00:00Z")
        let first = try await register.issue(series: "chung", document: decision("đầu năm"), by: "B",
                                             write: writer(into: folder.url))
        #expect(last.year == 2025)
        #expect(last.number == 2)
        #expect(last.symbol == "02/QĐ-SYT")
        #expect(last.date?.description == "31/12/2025")
        #expect(first.year == 2026)
        #expect(first.number == 1)
        #expect(first.date?.description == "01/01/2026")
        // The same ký hiệu in two years is two documents, both kept.
        #expect(try await register.entries(EntryQuery(year: 2025)).map(\.number) == [1, 2])
        #expect(try await register.entries(EntryQuery(year: 2026)).map(\.symbol) == ["01/QĐ-SYT"])
        try await register.close()
    }

    static func reconcilePlacesFilesCommittedBeforeACrash(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-05-05T08:00:00+07:00")
        let location = try backend.freshLocation(in: folder)
        let register = try await Register.open(location, clock: clock)
        try await register.save(generalSeries)
        // What a process killed after the commit and before the rename leaves behind.
        let destination = folder.file("01-QĐ-SYT.txt")
        let staging = StagedFile.temporaryURL(for: destination)
        try Data("đã ký".utf8).write(to: staging)
        let sha256 = try FileDigest.sha256(ofFileAt: staging)
        _ = try await register.store.issue(series: "chung", year: 2026, number: nil, by: "B", at: clock.now()) { _ in
            IssueRecord(symbol: "01/QĐ-SYT", date: CalendarDay(year: 2026, month: 5, day: 5), details: decision("x"),
                        filePath: destination.path, stagingPath: staging.path, sha256: sha256)
        }
        try await register.close()
        #expect(!FileManager.default.fileExists(atPath: destination.path))
        let reopened = try await Register.open(location, clock: clock)
        #expect(try String(contentsOf: destination, encoding: .utf8) == "đã ký")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(try await reopened.store.unplacedEntries().isEmpty)
        try await reopened.close()
    }

    static func seriesSettingsAreChecked(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-05-05T08:00:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        let secret = Series(name: "mat", kinds: ["QĐ", "CV"], pattern: "{so}/{loai}-{co_quan}-M", agency: "SYT", isSecret: true)
        try await register.save(generalSeries)
        try await register.save(secret)
        #expect(try await register.allSeries() == [generalSeries, secret])
        let unknown = await #expect(throws: RegisterError.self) {
            try await register.save(Series(name: "x", pattern: "{so}/{loai}-{coquan}", agency: "SYT"))
        }
        #expect(unknown?.description
            == "mẫu ký hiệu \"{so}/{loai}-{coquan}\" có chỗ điền {coquan} không hiểu được; chỉ dùng: {so}, {loai}, {co_quan}, {don_vi}, {nam}")
        let wrongKind = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "mat", document: DocumentDetails(kind: "TB", summary: "x"), by: "B",
                                     write: writer(into: folder.url))
        }
        #expect(wrongKind?.description == "hệ thống số \"mat\" không cấp số cho loại \"TB\" (chỉ cho: QĐ, CV)")
        let noSeries = await #expect(throws: RegisterError.self) {
            try await register.reserve(series: "khong-co", by: "B")
        }
        #expect(noSeries?.description
            == "không có hệ thống số \"khong-co\" trong sổ văn bản đi. Xem các hệ thống số: vanban so-di chuoi")
        // The secret series counts on its own.
        let secretEntry = try await register.issue(series: "mat", document: decision("mật"), by: "B",
                                                   write: writer(into: folder.url))
        #expect(secretEntry.symbol == "01/QĐ-SYT-M")
        #expect(try await register.reserve(series: "chung", by: "B").number == 1)
        try await register.close()
    }

    static func fileOfAnotherEntryOrElsewhereIsRefused(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clock = TestClock("2026-05-05T08:00:00+07:00")
        let register = try await Register.open(try backend.freshLocation(in: folder), clock: clock)
        try await register.save(generalSeries)
        let destination = folder.file("quyet-dinh.txt")
        func sameFile(_ text: String) -> (IssuedNumber) throws -> StagedFile {
            { _ in
                let staging = StagedFile.temporaryURL(for: destination)
                try Data(text.utf8).write(to: staging)
                return StagedFile(temporary: staging, destination: destination)
            }
        }
        _ = try await register.issue(series: "chung", document: decision("a"), by: "B", write: sameFile("thứ nhất"))
        let twice = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "chung", document: decision("b"), by: "B", write: sameFile("thứ hai"))
        }
        #expect(twice?.description == "tệp \(destination.path) đã vào sổ là văn bản 01/QĐ-SYT: ghi văn bản mới ra tệp khác")
        #expect(try String(contentsOf: destination, encoding: .utf8) == "thứ nhất")
        let other = try TemporaryFolder()
        defer { other.remove() }
        let elsewhere = await #expect(throws: RegisterError.self) {
            try await register.issue(series: "chung", document: decision("c"), by: "B") { _ in
                let staging = other.file("tam.txt")
                try Data("c".utf8).write(to: staging)
                return StagedFile(temporary: staging, destination: folder.file("c.txt"))
            }
        }
        #expect(elsewhere == .stagingElsewhere(temporary: other.file("tam.txt").path, destination: folder.file("c.txt").path))
        #expect(!FileManager.default.fileExists(atPath: other.file("tam.txt").path))
        // Both refusals gave no number: the next one is 02.
        #expect(try await register.reserve(series: "chung", by: "B").number == 2)
        try await register.close()
    }
}
