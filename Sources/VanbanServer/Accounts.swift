import Foundation
import HummingbirdBcrypt

/// Creating and checking accounts: names of a–z, 0–9, `.`, `_`, `-`; passwords of at least
/// ``minimumPasswordLength`` characters, stored only as their bcrypt hash.
enum Accounts {
    static let minimumPasswordLength = 8

    /// Creates an account in `store`.
    static func create(name: String, password: String, role: Role, store: Store, cost: UInt8, now: Date) throws(ServerError) {
        let name = name.precomposedStringWithCanonicalMapping.lowercased()
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
        guard !name.isEmpty, name.count <= 64, allowed else { throw .badAccountName(name: name) }
        guard password.count >= minimumPasswordLength else { throw .shortPassword(minimum: minimumPasswordLength) }
        try store.createAccount(name: name, passwordHash: Bcrypt.hash(password, cost: cost), role: role, now: now)
    }

    /// The account if `password` is its password.
    static func verify(name: String, password: String, store: Store) -> User? {
        guard let (user, hash) = (try? store.account(named: name.precomposedStringWithCanonicalMapping.lowercased())) ?? nil,
            Bcrypt.verify(password, hash: hash)
        else { return nil }
        return user
    }
}
