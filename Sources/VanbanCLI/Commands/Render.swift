import ArgumentParser
import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// `vanban tao MAU DULIEU [-o TEP]`: fills one template with one data file.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tao",
        abstract: "Tạo một văn bản từ mẫu và tệp dữ liệu.",
        discussion: """
            Điền các thẻ của MAU bằng giá trị trong DULIEU (YAML hoặc JSON) và ghi văn bản kết
            quả. Mẫu .fodt/.odt cho văn bản; mẫu .txt, .md, .html… cho thư điện tử, tin nhắn.
            Thẻ: {{ten_truong}}, {{co_quan.ten}}, {{so_tien | bang_chu}}, mục lặp
            {{#danh_sach}}…{{/danh_sach}} (xem README). Nếu có lỗi (thiếu tệp, thiếu trường,
            dữ liệu sai cú pháp) thì không tệp nào được ghi, và mọi lỗi được báo một lần.

            Ví dụ:
              vanban tao templates/vi-du.fodt templates/vi-du.yaml
              vanban tao mau.odt du-lieu.json -o output/giay-moi.odt
              vanban tao giay-khen.fodt danh-sach.yaml --mot-tep -o output/giay-khen.fodt
            """,
        aliases: ["render"]
    )

    @Argument(help: ArgumentHelp("Mẫu: tên mẫu có sẵn (vanban mau), tệp .fodt, .odt, hoặc mẫu chữ (.txt, .html…).", valueName: "mau"))
    var template: String

    @Argument(help: ArgumentHelp("Dữ liệu: tệp .yaml, .yml hoặc .json.", valueName: "du-lieu"))
    var data: String

    @Option(
        name: [.customShort("o"), .customLong("tep-ra"), .customLong("output")],
        help: ArgumentHelp(
            "Tệp kết quả. Mặc định: output/<tên tệp dữ liệu>.fodt (hoặc đuôi của mẫu chữ).",
            valueName: "tep"))
    var output: String?

    @Option(
        name: [.customLong("dinh-dang"), .customLong("format")],
        help: ArgumentHelp("Định dạng văn bản: fodt, odt, pdf hoặc docx (pdf, docx cần LibreOffice). Mặc định: theo đuôi tệp kết quả.",
                           valueName: "dinh-dang"))
    var format: DocumentFormat?

    @Flag(name: [.customLong("cho-phep-thieu"), .customLong("allow-missing")],
          help: "Trường thiếu trong dữ liệu thì để trống, không báo lỗi.")
    var allowMissing = false

    @Option(name: [.customLong("danh-sach"), .customLong("list")],
            help: ArgumentHelp("Danh sách (.xlsx, .ods, .csv, .yaml) đưa vào dữ liệu thành trường danh_sach (quyết định khen thưởng).",
                               valueName: "tep"))
    var list: String?

    @Option(name: [.customLong("trang-tinh"), .customLong("sheet")],
            help: ArgumentHelp("Trang tính của danh sách .xlsx/.ods (mặc định: trang đầu).", valueName: "ten"))
    var sheet: String?

    @Flag(name: [.customLong("mot-tep"), .customLong("one-file")],
          help: "Dữ liệu là một danh sách: ghi tất cả vào một tệp, mỗi bản ghi một trang.")
    var oneFile = false

    @Flag(name: [.customLong("danh-so-lai"), .customLong("restart-numbering")],
          help: "Với --mot-tep: số trang của mỗi bản ghi bắt đầu lại từ 1.")
    var restartNumbering = false

    func run() throws {
        let templateURL = BuiltInTemplates.resolve(template)
        let dataURL = URL(fileURLWithPath: data)
        let loaded: Template
        let reading: DataReading
        var value: Value
        do {
            loaded = try Template(contentsOf: templateURL, options: .init(strict: !allowMissing))
            reading = try DataFile.reading(dataURL)
            value = reading.value
            if let list {
                let records = try RecordList(url: URL(fileURLWithPath: list), sheet: sheet)
                for warning in records.warnings { Output.warning(warning.description) }
                guard case .object(var fields) = value else {
                    throw CommandFailure(message: "\(data): --danh-sach cần dữ liệu là các trường \"ten: giá trị\".")
                }
                fields["danh_sach"] = .list(Array(try records.records { Output.warning($0.description) }))
                value = .object(fields)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        for warning in reading.warnings { Output.warning(warning.description) }
        do {
            value = try Computation.apply(to: value)
        } catch {
            throw CommandFailure(message: "\(list ?? data): \(error.description)")
        }

        let rendering: Rendering
        do {
            if oneFile {
                guard case .list(let records) = value else {
                    throw CommandFailure(message: "\(data): --mot-tep cần dữ liệu là một danh sách (mỗi mục một bản ghi).")
                }
                rendering = try loaded.renderPages(records, restartNumbering: restartNumbering)
            } else {
                if loaded.kind == .odf, case .list(let records) = value {
                    throw CommandFailure(message: "\(data): dữ liệu là một danh sách (\(records.count) bản ghi). "
                        + "Dùng --mot-tep để ghi tất cả vào một tệp, mỗi bản ghi một trang.")
                }
                rendering = try loaded.render(value)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        for dropped in rendering.droppedCharacters {
            Output.warning("đã bỏ ký tự điều khiển \(dropped) (không in được trong văn bản).")
        }

        let isODF = loaded.kind == .odf
        let fromName = output.flatMap { DocumentFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
        let fileExtension = isODF ? (format ?? fromName ?? .fodt).rawValue : templateURL.pathExtension
        let outputURL = try outputLocation(for: dataURL, fileExtension: fileExtension)
        do {
            switch (isODF, fileExtension) {
            case (true, "odt"):
                let package = oneFile ? try rendering.document().odtData() : try loaded.renderPackage(value)
                try AtomicFile.write(package, to: outputURL)
            case (true, "pdf"), (true, "docx"):
                try convert(rendering.data, to: OfficeConverter.Target(rawValue: fileExtension)!, at: outputURL)
            default:
                try AtomicFile.write(rendering.data, to: outputURL)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        print(outputURL.relativePath)
    }

    /// Writes the Flat ODT in a hidden folder beside `target`, has LibreOffice convert it, and
    /// moves the result in place.
    private func convert(_ flat: Data, to target: OfficeConverter.Target, at url: URL) throws {
        guard let converter = OfficeConverter() else {
            throw CommandFailure(message: "cần LibreOffice để ghi \(target.rawValue.uppercased()): apt-get install --no-install-recommends libreoffice-writer-nogui")
        }
        let work = url.deletingLastPathComponent().appendingPathComponent(".vanban-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        } catch {
            throw CommandFailure(message: "\(url.deletingLastPathComponent().relativePath): không ghi được vào thư mục này.")
        }
        let source = work.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".fodt")
        try AtomicFile.write(flat, to: source, durable: false)
        let converted = try converter.convert([source], to: target, into: work)[0]
        guard rename(converted.path, url.path) == 0 else {
            throw CommandFailure(message: "\(url.relativePath): không ghi được tệp.")
        }
    }

    /// `-o` as given, or `output/<data name>.<extension>` (the folder is created when missing).
    private func outputLocation(for dataURL: URL, fileExtension: String) throws -> URL {
        if let output { return URL(fileURLWithPath: output) }
        let folder = URL(fileURLWithPath: "output", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "không tạo được thư mục output/ (\(error.localizedDescription)).")
        }
        let name = dataURL.deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: "output/\(name)\(fileExtension.isEmpty ? "" : "." + fileExtension)")
    }
}

