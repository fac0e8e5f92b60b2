import Foundation
import GRDB

/// A browser's session: the random token in its HttpOnly cookie, the account logged in (none
/// before login, or on 127.0.0.1 without accounts), and the CSRF token every form carries.
struct Session: Sendable, Equatable {
    let token: String
    let user: User?
    let csrf: String

    /// 32 random bytes as hex, from the system's secure generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

extension Store {
    /// A new session (for `user`, or anonymous).
    func createSession(for user: User?, now: Date) throws -> Session {
        let session = Session(token: Session.randomToken(), user: user, csrf: Session.randomToken())
        try database.write { db in
            try db.execute(sql: "INSERT INTO session (token, accountId, csrf, created) VALUES (?, ?, ?, ?)",
                           arguments: [session.token, user?.id, session.csrf, now.timeIntervalSince1970])
        }
        return session
    }

    /// The session of `token`, if it exists and is younger than `maximumAge` seconds.
    func session(token: String, now: Date, maximumAge: TimeInterval) throws -> Session? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT session.token, session.csrf, session.created, account.id AS accountId, account.name, account.role
                FROM session LEFT JOIN account ON account.id = session.accountId WHERE session.token = ?
                """, arguments: [token])
            else { return nil }
            let created: Double = row["created"]
            guard now.timeIntervalSince1970 - created < maximumAge else { return nil }
            var user: User?
            if let id: Int64 = row["accountId"], let role = Role(rawValue: row["role"]) {
                user = User(id: id, name: row["name"], role: role)
            }
            return Session(token: row["token"], user: user, csrf: row["csrf"])
        }
    }

    /// Deletes the sessions created before `date`.
    func deleteSessions(before date: Date) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE created < ?", arguments: [date.timeIntervalSince1970])
        }
    }

    /// Ends a session (logout).
    func deleteSession(token: String) throws {
        try database.write { db in try db.execute(sql: "DELETE FROM session WHERE token = ?", arguments: [token]) }
    }
}
