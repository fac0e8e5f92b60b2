import ArgumentParser
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanPipeline
import VanbanRegister
import VanbanRules
import VanbanTemplate

/// The one place an error becomes what the clerk reads: each line `Lỗi: …` in Vietnamese,
/// with the place the stages gave it and, for the command line, which option helps.
enum ErrorMessage {
    /// The lines for `error`, and the exit code.
    static func text(for error: any Error, command: any ParsableCommand.Type) -> (text: String, code: ExitCode) {
        switch error {
        case let error as JobError:
            return (lines(error.description + advice(for: error)), .failure)
        case is CLIError, is ODFError, is DataError, is TemplateError, is RulesError, is DocumentsError, is RegisterError:
            // Every module's error describes itself in Vietnamese, with its place.
            return (lines(String(describing: error)), .failure)
        default:
            // swift-argument-parser's own errors (usage, validation, exit codes), translated.
            return (Vietnamese.translate(command.fullMessage(for: error)), command.exitCode(for: error))
        }
    }

    /// What the command line adds to a job's error: what to do, in its options' words.
    static func advice(for error: JobError) -> String {
        switch error.underlying {
        case .records:
            return "\nKhông tệp nào được ghi. Sửa dữ liệu (hoặc dùng --cho-phep-thieu để bỏ trống trường thiếu) rồi chạy lại."
        case .dataIsAList:
            return " Dùng --mot-tep để ghi tất cả vào một tệp, mỗi bản ghi một trang."
        case .dataIsNotFields(_, .common):
            return " Tệp --du-lieu-chung ghi mỗi trường chung một dòng."
        case .badFileName:
            return " Sửa --ten-tep. Không tệp nào được ghi."
        case .formatMismatch:
            return " (hoặc bỏ --dinh-dang)."
        default:
            return ""
        }
    }

    private static func lines(_ text: String) -> String {
        text.split(separator: "\n").map { "Lỗi: \($0)" }.joined(separator: "\n")
    }
}
