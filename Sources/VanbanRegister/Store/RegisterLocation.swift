import Foundation

/// Where a register lives: a SQLite file (the default, one office, one machine or a shared
/// folder) or a PostgreSQL database (several machines, a whole province).
public enum RegisterLocation: Sendable, Equatable {
    /// A SQLite file, opened in WAL mode.
    case sqlite(URL)
    /// A PostgreSQL database.
    case postgres(PostgresAddress)

    /// The default file in a data folder: `so-di.sqlite`.
    public static func defaultFile(in folder: URL) -> RegisterLocation {
        .sqlite(folder.appendingPathComponent("so-di.sqlite"))
    }

    /// Reads `postgres://user:pass@host:port/db` (or `postgresql://`) as PostgreSQL, anything
    /// else as a SQLite file path.
    public init(parsing text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresAddress(text))
        } else if text.contains("://") || text.isEmpty {
            throw RegisterError.badDatabaseAddress(text)
        } else {
            self = .sqlite(URL(fileURLWithPath: text))
        }
    }
}

/// `postgres://user:pass@host:port/db`, taken apart.
public struct PostgresAddress: Sendable, Equatable {
    /// The server's host name or address.
    public var host: String
    /// The server's port (5432 when not given).
    public var port: Int
    /// The user.
    public var user: String
    /// The password, if any.
    public var password: String?
    /// The database (the user's name when not given).
    public var database: String

    /// Parses an address; throws ``RegisterError/badDatabaseAddress(_:)``.
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty,
              let user = components.user, !user.isEmpty else {
            throw RegisterError.badDatabaseAddress(text)
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? self.user : path
    }
}
