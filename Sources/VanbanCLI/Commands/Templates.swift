import ArgumentParser
import Foundation

/// `vanban mau`: the built-in templates; `vanban mau tao TEN [THU_MUC]` copies one.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mau",
        abstract: "Các mẫu có sẵn; sao một mẫu ra để đơn vị sửa theo ý mình.",
        discussion: """
            Không có đối số: liệt kê các mẫu có sẵn. Mỗi mẫu có một tệp dữ liệu mẫu (.yaml) giải
            thích từng trường. Tên mẫu dùng được thay cho đường dẫn trong các lệnh tao, hang-loat.

            Ví dụ:
              vanban mau
              vanban mau tao giay-khen mau-cua-so
              vanban tao giay-moi du-lieu.yaml
            """,
        subcommands: [List.self, Copy.self],
        defaultSubcommand: List.self,
        aliases: ["templates"]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "danh-sach", abstract: "Liệt kê các mẫu có sẵn.", aliases: ["list"])

        func run() throws {
            let names = BuiltInTemplates.names
            guard !names.isEmpty else {
                throw CLIError.noTemplatesFolder
            }
            let width = names.map(\.count).max() ?? 0
            for name in names {
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + BuiltInTemplates.summary(of: name))
            }
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tao", abstract: "Sao một mẫu và dữ liệu mẫu của nó vào một thư mục.", aliases: ["copy"])

        @Argument(help: ArgumentHelp("Tên mẫu (xem vanban mau).", valueName: "ten"))
        var name: String

        @Argument(help: ArgumentHelp("Thư mục đích (mặc định: thư mục hiện tại).", valueName: "thu-muc"))
        var folder: String = "."

        func run() throws {
            guard let source = BuiltInTemplates.folder(of: name) else {
                throw CLIError.unknownTemplate(name: name, known: BuiltInTemplates.names)
            }
            let target = URL(fileURLWithPath: folder, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                // The template, its sample data, its Word form and a phôi's positions, when there.
                let present = ["fodt", "yaml", "docx", "vi-tri.yaml"].filter {
                    FileManager.default.fileExists(atPath: source.appendingPathComponent("\(name).\($0)").path)
                }
                for fileExtension in present {
                    let file = target.appendingPathComponent("\(name).\(fileExtension)")
                    guard !FileManager.default.fileExists(atPath: file.path) else {
                        throw CLIError.wouldOverwrite(file: file.relativePath)
                    }
                    try FileManager.default.copyItem(at: source.appendingPathComponent("\(name).\(fileExtension)"), to: file)
                    print(file.relativePath)
                }
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError.cannotCopy(target: target.relativePath)
            }
        }
    }
}
