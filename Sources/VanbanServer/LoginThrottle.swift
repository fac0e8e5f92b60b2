import Foundation

/// Limits login attempts: after ``maximumFailures`` failures for one account name within
/// ``window`` seconds, further attempts are refused until the oldest failure leaves the window.
final class LoginThrottle: @unchecked Sendable {
    static let maximumFailures = 5
    static let window: TimeInterval = 300

    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]
    private let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The seconds to wait before `name` may try again, or `nil` when it may try now.
    func wait(for name: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let recent = recentFailures(name.lowercased())
        guard recent.count >= Self.maximumFailures, let oldest = recent.first else { return nil }
        return max(1, Int((oldest.addingTimeInterval(Self.window).timeIntervalSince(now())).rounded(.up)))
    }

    func recordFailure(for name: String) {
        lock.lock()
        let key = name.lowercased()
        failures[key] = recentFailures(key) + [now()]
        lock.unlock()
    }

    func recordSuccess(for name: String) {
        lock.lock()
        failures[name.lowercased()] = nil
        lock.unlock()
    }

    private func recentFailures(_ key: String) -> [Date] {
        let start = now().addingTimeInterval(-Self.window)
        return (failures[key] ?? []).filter { $0 > start }
    }
}
