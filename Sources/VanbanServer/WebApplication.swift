import Foundation
import Hummingbird

/// The office web page: `vanban phuc-vu` builds it from ``ServerSettings`` and runs it.
public enum WebApplication {
    /// Checks the settings (an administrator must exist beyond 127.0.0.1), cleans old jobs,
    /// and builds the Hummingbird application.
    public static func build(_ settings: ServerSettings) throws -> some ApplicationProtocol {
        let backend = try Backend(settings: settings)
        if !settings.isLoopback, !(try backend.store.hasAdministrator()) {
            throw ServerError.noAdministrator(host: settings.host)
        }
        try backend.recoverInterrupted()
        try backend.cleanUp()
        // Every hour: jobs past the days kept, sessions past their lifetime.
        Task.detached {
            while true {
                try? await Task.sleep(for: .seconds(3600))
                try? backend.cleanUp()
            }
        }
        return application(backend)
    }

    /// The application around `backend` (tests build it over an in-memory store).
    static func application(_ backend: Backend) -> some ApplicationProtocol {
        Application(router: router(backend),
                    configuration: .init(address: .hostname(backend.settings.host, port: backend.settings.port),
                                         serverName: "vanban"))
    }

    static func router(_ backend: Backend) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: ErrorMiddleware(backend: backend))
        router.add(middleware: SessionMiddleware(backend: backend))
        AccountRoutes(backend: backend).add(to: router)
        TemplateRoutes(backend: backend).add(to: router)
        ComposeRoutes(backend: backend).add(to: router)
        JobRoutes(backend: backend).add(to: router)
        return router
    }

    /// Runs the server until it is stopped (Ctrl-C); blocks the calling thread. `ready` is
    /// called once the settings are accepted, before the server listens.
    public static func run(_ settings: ServerSettings, ready: () -> Void = {}) throws {
        let app = try build(settings)
        ready()
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await app.runService()
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }

    /// Creates an account with the administrator role in the settings' data folder.
    public static func createAdministrator(_ settings: ServerSettings, name: String, password: String) throws {
        let backend = try Backend(settings: settings)
        try Accounts.create(name: name, password: password, role: .administrator, store: backend.store,
                            cost: settings.bcryptCost, now: Date())
    }
}

/// The error a server task ended with.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
