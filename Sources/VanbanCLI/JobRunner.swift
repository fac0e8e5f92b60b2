import Foundation
import VanbanPipeline

/// Runs a job for a command: warnings as they come, a progress bar on a terminal, and the
/// closing line on standard error.
enum JobRunner {
    static func run(_ job: Job) throws -> JobResult {
        let progress = Progress()
        let result = try job.run { event in
            switch event {
            case .warning(let warning): Output.warning(warning.description)
            case .rendering(let done, let total): progress.update(label: "Đang tạo", done: done, total: total)
            case .converting(let done, let total): progress.update(label: "LibreOffice", done: done, total: total)
            }
        }
        progress.finish()
        return result
    }

    /// `Đã ghi 3 tệp (3 bản ghi) trong 0,2 giây.`
    static func summary(_ result: JobResult, since start: Date) -> String {
        // Tenths of a second with a decimal comma, written by hand: Foundation's formatting took
        // a third of a millisecond of every run.
        let tenths = max(0, Int((Date().timeIntervalSince(start) * 10).rounded()))
        let duration = "\(tenths / 10),\(tenths % 10)"
        return "Đã ghi \(result.written) tệp (\(result.records) bản ghi) trong \(duration) giây."
    }
}
