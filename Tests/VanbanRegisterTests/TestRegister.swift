import Foundation
import Testing
import VanbanRegister
import VanbanTestSupport

/// A database the same behaviour tests run against.
enum Backend: String, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    var description: String { rawValue }

    /// The PostgreSQL server's address for the tests (`postgres://user:pass@127.0.0.1:port/db`);
    /// CI starts a server and sets it (`scripts/postgres-test`).
    static var postgresServer: String? {
        ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let postgresMissing: Comment = """
        SKIPPED: VANBAN_TEST_POSTGRES is not set (postgres://user:pass@127.0.0.1:5432/db): \
        start a server with `eval "$(scripts/postgres-test start)"` (CI does)
        """

    /// A fresh, empty register location: a new SQLite file, or a new PostgreSQL database.
    func freshLocation(in folder: TemporaryFolder) throws -> String {
        switch self {
        case .sqlite:
            return folder.file("so-di.sqlite").path
        case .postgres:
            guard let server = Self.postgresServer, var components = URLComponents(string: server) else {
                throw SetupFailure( "VANBAN_TEST_POSTGRES is not set")
            }
            let name = "vanban_test_\(UUID().uuidString.prefix(8).lowercased())"
            let created = try Shell.run("psql", [server, "-v", "ON_ERROR_STOP=1", "-qc", "CREATE DATABASE \(name)"])
            guard created.status == 0 else { throw SetupFailure( "psql: \(created.error)") }
            components.path = "/\(name)"
            guard let url = components.string else { throw SetupFailure( "bad address \(server)") }
            return url
        }
    }
}

/// A clock tests set by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Date

    init(_ text: String) {
        moment = TestClock.date(text)
    }

    /// An ISO 8601 moment with its offset (`2025-12-31T23:59:59+07:00`).
    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    func set(_ text: String) {
        lock.lock()
        moment = TestClock.date(text)
        lock.unlock()
    }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return moment
    }
}

/// The built programs next to the test bundle.
enum Programs {
    /// The folder of the test binary, where SwiftPM also puts `vanban` and the worker.
    static var folder: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("vanban-register-worker").path)
        } ?? Bundle.main.bundleURL
    }

    static var worker: String { folder.appendingPathComponent("vanban-register-worker").path }
    static var vanban: String { folder.appendingPathComponent("vanban").path }
}

extension Register {
    /// Opens a register at a location given as text, on a test clock.
    static func open(_ text: String, clock: TestClock) async throws -> Register {
        try await Register.open(try RegisterLocation(parsing: text), now: { clock.now() })
    }
}

/// The office's usual series.
let generalSeries = Series(name: "chung", pattern: "{so}/{loai}-{co_quan}", agency: "SYT")

/// A decision's details.
func decision(_ summary: String) -> DocumentDetails {
    DocumentDetails(kind: "QĐ", kindName: "Quyết định", summary: summary, signer: "Nguyễn Văn An",
                    recipients: "Như Điều 3;\nLưu: VT, TCCB.", archiveHolder: "Phòng TCCB", copies: 5)
}

/// A `write` closure for `issue`: writes `text` to the staging name of `folder/<ký hiệu>.txt`.
func writer(into folder: URL, text: String = "nội dung") -> (IssuedNumber) throws -> StagedFile {
    { number in
        let destination = folder.appendingPathComponent("\(number.symbolForFile).txt")
        let staging = StagedFile.temporaryURL(for: destination)
        try Data("\(number.symbol)\n\(text)\n".utf8).write(to: staging)
        return StagedFile(temporary: staging, destination: destination)
    }
}

/// A test's setup failed (no server, psql refused).
struct SetupFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads a child's pipe with read(2), retrying when a signal interrupts it (many children exit
/// or are killed meanwhile; Foundation's FileHandle traps on EINTR).
enum PipeReader {
    /// The next bytes (empty at end of file).
    static func some(_ pipe: Pipe) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe.fileHandleForReading.fileDescriptor, $0.baseAddress, 4096) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { return [] }
        }
    }

    /// Everything until end of file, as text.
    static func all(_ pipe: Pipe) -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = some(pipe)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
