import ArgumentParser
import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// `vanban tao MAU DULIEU [-o TEP]`: fills one template with one data file.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tao",
        abstract: "Tạo một văn bản từ mẫu và tệp dữ liệu.",
        discussion: """
            Điền các trường {{ten_truong}} của MAU bằng giá trị trong DULIEU (YAML
            hoặc JSON) và ghi văn bản kết quả. Trường lồng nhau viết có dấu chấm:
            {{co_quan.ten}}. Nếu có lỗi (thiếu tệp, thiếu trường, dữ liệu sai cú pháp)
            thì không tệp nào được ghi.

            Ví dụ:
              vanban tao templates/vi-du.fodt templates/vi-du.yaml
              vanban tao mau.odt du-lieu.json -o output/giay-moi.odt
            """,
        aliases: ["render"]
    )

    @Argument(help: ArgumentHelp("Mẫu văn bản: tệp .fodt hoặc .odt.", valueName: "mau"))
    var template: String

    @Argument(help: ArgumentHelp("Dữ liệu: tệp .yaml, .yml hoặc .json.", valueName: "du-lieu"))
    var data: String

    @Option(
        name: [.customShort("o"), .customLong("tep-ra"), .customLong("output")],
        help: ArgumentHelp(
            "Tệp kết quả (.fodt hoặc .odt). Mặc định: output/<tên tệp dữ liệu>.fodt",
            valueName: "tep"))
    var output: String?

    @Option(
        name: [.customLong("dinh-dang"), .customLong("format")],
        help: ArgumentHelp("Định dạng kết quả: fodt hoặc odt. Mặc định: theo đuôi tệp kết quả.",
                           valueName: "dinh-dang"))
    var format: OutputFormat?

    func run() throws {
        let templateURL = URL(fileURLWithPath: template)
        let dataURL = URL(fileURLWithPath: data)
        let format = format ?? output.flatMap { OutputFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .fodt
        let rendering: Rendering
        do {
            let loaded = try Template(contentsOf: templateURL)
            let reading = try DataFile.reading(dataURL)
            for warning in reading.warnings { Output.warning(warning.description) }
            rendering = try loaded.render(reading.value)
        } catch {
            throw CommandFailure(error)
        }
        for dropped in rendering.droppedCharacters {
            Output.warning("đã bỏ ký tự điều khiển \(dropped) (không in được trong văn bản).")
        }
        let outputURL = try outputLocation(for: dataURL, format: format)
        do {
            try rendering.document.write(to: outputURL, format: format)
        } catch {
            throw CommandFailure(error)
        }
        print(outputURL.relativePath)
    }

    /// `-o` as given, or `output/<data name>.<format>` (the folder is created when missing).
    private func outputLocation(for dataURL: URL, format: OutputFormat) throws -> URL {
        if let output { return URL(fileURLWithPath: output) }
        let folder = URL(fileURLWithPath: "output", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "không tạo được thư mục output/ (\(error.localizedDescription)).")
        }
        let name = dataURL.deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: "output/\(name).\(format.rawValue)")
    }
}

extension OutputFormat: ExpressibleByArgument {}
