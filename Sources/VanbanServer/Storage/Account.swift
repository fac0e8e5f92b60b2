import Foundation
import GRDB

/// Vai trò of an account: quản trị (templates, accounts) or văn thư (generate documents).
public enum Role: String, Sendable, CaseIterable {
    case administrator = "quan-tri"
    case clerk = "van-thu"

    /// The Vietnamese name shown on the pages.
    public var title: String {
        switch self {
        case .administrator: "Quản trị"
        case .clerk: "Văn thư"
        }
    }
}

/// Who is using the page: an account, or the machine's own user when the page runs on
/// 127.0.0.1 with no accounts (then treated as an administrator).
struct User: Sendable, Equatable {
    let id: Int64?
    let name: String
    let role: Role

    /// The user of a page bound to 127.0.0.1 with no accounts.
    static let local = User(id: nil, name: "máy này", role: .administrator)
}

extension Store {
    /// Whether any administrator account exists.
    func hasAdministrator() throws -> Bool {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE role = ?", arguments: [Role.administrator.rawValue]) ?? 0 > 0
        }
    }

    /// Whether any account exists (then every page needs a login).
    func hasAccounts() throws -> Bool {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0 > 0 }
    }

    /// Creates an account; the password is stored as its bcrypt hash only.
    func createAccount(name: String, passwordHash: String, role: Role, now: Date) throws(ServerError) {
        do {
            try database.write { db in
                try db.execute(sql: "INSERT INTO account (name, passwordHash, role, created) VALUES (?, ?, ?, ?)",
                               arguments: [name, passwordHash, role.rawValue, now.timeIntervalSince1970])
            }
        } catch {
            throw .badAccountName(name: name)
        }
    }

    /// The account called `name` with its password hash.
    func account(named name: String) throws -> (user: User, hash: String)? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, role, passwordHash FROM account WHERE name = ?",
                                             arguments: [name]),
                let role = Role(rawValue: row["role"])
            else { return nil }
            return (User(id: row["id"], name: row["name"], role: role), row["passwordHash"])
        }
    }

    /// Every account, by name.
    func accounts() throws -> [User] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role FROM account ORDER BY name").compactMap { row in
                Role(rawValue: row["role"]).map { User(id: row["id"], name: row["name"], role: $0) }
            }
        }
    }
}
