import Foundation

/// Limits login attempts: after ``maximumFailures`` failures for one account name (or
/// ``maximumFailuresPerAddress`` from one IP address, whatever the names) within ``window``
/// seconds, further attempts are refused until the oldest failure leaves the window.
final class LoginThrottle: @unchecked Sendable {
    static let maximumFailures = 5
    static let maximumFailuresPerAddress = 20
    static let window: TimeInterval = 300

    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]
    private let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The seconds to wait before `name` (from `address`) may try again, or `nil` when it may try now.
    func wait(for name: String, from address: String? = nil) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        var waits: [Int] = []
        for (key, limit) in keys(name, address) {
            let recent = recentFailures(key)
            if recent.count >= limit, let oldest = recent.first {
                waits.append(max(1, Int((oldest.addingTimeInterval(Self.window).timeIntervalSince(now())).rounded(.up))))
            }
        }
        return waits.max()
    }

    func recordFailure(for name: String, from address: String? = nil) {
        lock.lock()
        for (key, _) in keys(name, address) { failures[key] = recentFailures(key) + [now()] }
        lock.unlock()
    }

    private func keys(_ name: String, _ address: String?) -> [(String, Int)] {
        [("ten:" + name.lowercased(), Self.maximumFailures)] + (address.map { [("ip:" + $0, Self.maximumFailuresPerAddress)] } ?? [])
    }

    func recordSuccess(for name: String) {
        lock.lock()
        failures["ten:" + name.lowercased()] = nil
        lock.unlock()
    }

    private func recentFailures(_ key: String) -> [Date] {
        let start = now().addingTimeInterval(-Self.window)
        return (failures[key] ?? []).filter { $0 > start }
    }
}
