import Foundation

/// How `vanban phuc-vu` runs: where it listens, where it keeps its data, how many jobs run
/// at once, how big an upload may be.
public struct ServerSettings: Sendable {
    /// The address to listen on (default 127.0.0.1: this machine only).
    public var host: String
    /// The TCP port (default 8080).
    public var port: Int
    /// The data folder: `vanban.sqlite`, `mau/` (uploaded templates), `viec/` (jobs).
    public var dataFolder: URL
    /// The built-in templates' folder (`templates/`), if found.
    public var builtInTemplates: URL?
    /// How many days a job's inputs and outputs are kept.
    public var keepDays: Int
    /// How many jobs run at once (default: one per core).
    public var workers: Int
    /// The largest request body, in bytes (uploads).
    public var uploadLimit: Int
    /// bcrypt's cost (2^cost rounds).
    public var bcryptCost: UInt8
    /// Session cookies are `Secure` (the page is reached through HTTPS, e.g. behind a proxy).
    public var secureCookies: Bool
    /// How long a session lasts, in seconds.
    public var sessionLifetime: TimeInterval

    /// Settings with the defaults: 127.0.0.1:8080, `./vanban-du-lieu`, 30 days, a worker per core, 20 MB.
    public init(host: String = "127.0.0.1", port: Int = 8080,
                dataFolder: URL = URL(fileURLWithPath: "vanban-du-lieu", isDirectory: true),
                builtInTemplates: URL? = nil, keepDays: Int = 30,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                uploadLimit: Int = 20 * 1_048_576, bcryptCost: UInt8 = 12, secureCookies: Bool = false,
                sessionLifetime: TimeInterval = 12 * 3600) {
        self.host = host
        self.port = port
        self.dataFolder = dataFolder
        self.builtInTemplates = builtInTemplates
        self.keepDays = keepDays
        self.workers = max(1, workers)
        self.uploadLimit = uploadLimit
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
    }

    /// Whether the page is reachable from this machine only (then it may run without login).
    public var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
