import ArgumentParser
import Foundation
import VanbanServer

/// `vanban`: Vietnamese official documents from templates and data.
@main
struct Vanban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Soạn văn bản hành chính (Nghị định 30/2020) từ mẫu và dữ liệu.",
        discussion: """
            Mẫu là tệp .fodt hoặc .odt soạn bằng LibreOffice, có các trường
            {{ten_truong}} ở chỗ cần điền. Dữ liệu là tệp YAML hoặc JSON. Kết quả là
            văn bản .fodt hoặc .odt mở được bằng LibreOffice, Word và các bộ văn phòng
            khác.

            Ví dụ:
              vanban tao templates/vi-du.fodt templates/vi-du.yaml
              vanban kiem-tra output/vi-du.fodt
              vanban doc-so --tien 59.360.000
              vanban tien-thuong --hinh-thuc giay-khen --doi-tuong tap-the --ngay 04/12/2024
            """,
        version: "vanban \(Release.description)",
        subcommands: [Render.self, Batch.self, MergeShards.self, Templates.self, Validate.self, ReadNumber.self, FormatDate.self, AwardMoney.self, ConvertLegacy.self, RegisterCommand.self, Blank.self, Serve.self, CheckFormat.self, BackupCommand.self, RestoreCommand.self]
    )

    /// Runs the command line, with every message in Vietnamese.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = UnknownCommand.check(arguments, among: configuration.subcommands) {
            exit(printing: unknown, code: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let (message, code) = ErrorMessage.text(for: error, command: self)
            exit(printing: message, code: code)
        }
    }

    private static func exit(printing message: String, code: ExitCode) -> Never {
        if message.isEmpty {
            // An exit code whose messages were already printed.
        } else if code == .success {
            print(message)
        } else {
            Output.error(message)
        }
        Foundation.exit(code.rawValue)
    }
}
