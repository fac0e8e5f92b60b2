import Foundation

/// A progress bar on standard error for long runs, drawn only on a terminal, at most once per
/// percent.
final class Progress: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = ""
    private var drawn = false

    func update(label: String, done: Int, total: Int?) {
        guard isTerminal else { return }
        let line: String
        if let total, total > 0 {
            let width = 30
            let filled = width * min(done, total) / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            line = "\(label) \(bar) \(done * 100 / total)%"
        } else {
            line = "\(label) \(done / 1000 * 1000)…"
        }
        lock.lock()
        defer { lock.unlock() }
        guard line != shown else { return }
        shown = line
        drawn = true
        FileHandle.standardError.write(Data("\r\(line)".utf8))
    }

    /// Ends the bar's line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
