import Foundation
import Hummingbird
import HummingbirdTesting
import VanbanTestSupport
@testable import VanbanServer

/// A web page over a temporary data folder and the repository's built-in templates, its clock
/// fixed; accounts made with a cheap bcrypt cost.
struct TestSite: @unchecked Sendable {
    let folder: TemporaryFolder
    let backend: Backend
    let clock: TestClock

    /// The repository's `templates/`.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates", isDirectory: true)

    /// `onDisk`: the database in the data folder (`du-lieu/vanban.sqlite`), not in memory.
    init(host: String = "127.0.0.1", uploadLimit: Int = 2 * 1_048_576, workers: Int = 1,
         accounts: [(String, String, Role)] = [], onDisk: Bool = false) throws {
        folder = try TemporaryFolder()
        clock = TestClock()
        let settings = ServerSettings(host: host, port: 0, dataFolder: folder.file("du-lieu"), builtInTemplates: Self.templates,
                                      keepDays: 7, workers: workers, uploadLimit: uploadLimit, bcryptCost: 4)
        let clock = clock
        backend = try Backend(settings: settings, inMemory: !onDisk, now: { clock.now })
        for (name, password, role) in accounts {
            try Accounts.create(name: name, password: password, role: role, store: backend.store, cost: 4, now: clock.now)
        }
    }

    /// Runs `body` with a browser on the page (HummingbirdTesting's router framework).
    func test(_ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
        let app = Application(router: WebApplication.router(backend))
        try await app.test(.router) { client in
            try await body(Browser(client: client))
        }
        folder.remove()
    }

    /// Waits (up to a minute) until job `id` is finished or failed.
    func waitForJob(_ id: UUID) async throws -> JobRecord? {
        for _ in 0..<600 {
            if let job = try backend.store.job(id: id), job.state == .finished || job.state == .failed { return job }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try backend.store.job(id: id)
    }
}

/// A fixed clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_790_000_000)

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}
