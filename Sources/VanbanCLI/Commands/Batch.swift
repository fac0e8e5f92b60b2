import ArgumentParser
import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// `vanban hang-loat MAU DANH_SACH`: one document per row of a list (or all in one file).
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hang-loat",
        abstract: "Tạo hàng loạt: mỗi dòng của danh sách một văn bản (giấy mời, giấy khen…).",
        discussion: """
            DANH_SACH là tệp CSV (xuất từ Excel: UTF-8, dấu phẩy hoặc chấm phẩy; dòng đầu là tên
            cột) hoặc YAML/JSON là một danh sách. Tên cột được chuyển thành tên trường: "Họ và
            tên" → {{ho_va_ten}}. Mọi dòng được kiểm tra trước; có lỗi thì báo hết và không ghi
            tệp nào.

            Ví dụ:
              vanban hang-loat giay-khen.fodt danh-sach.csv -o output/giay-khen
              vanban hang-loat giay-khen.fodt ds.csv --ten-tep "{{so_so_vang}}-{{ho_ten}}"
              vanban hang-loat giay-moi.fodt dai-bieu.csv --mot-tep --dinh-dang pdf
              vanban hang-loat giay-khen.fodt ds.csv --nhom-theo don_vi
            """,
        aliases: ["batch"]
    )

    @Argument(help: ArgumentHelp("Mẫu: tên mẫu có sẵn (vanban mau) hoặc tệp .fodt, .odt.", valueName: "mau"))
    var template: String

    @Argument(help: ArgumentHelp("Danh sách: .csv, .yaml hoặc .json.", valueName: "danh-sach"))
    var list: String

    @Option(name: [.customShort("o"), .customLong("thu-muc"), .customLong("output")],
            help: ArgumentHelp("Thư mục kết quả (với --mot-tep: tệp hoặc thư mục). Mặc định: output/", valueName: "thu-muc"))
    var output: String = "output"

    @Option(name: [.customLong("ten-tep"), .customLong("file-name")],
            help: ArgumentHelp("Mẫu tên tệp, ví dụ \"{{so_so_vang}}-{{ho_ten}}\". Mặc định: số thứ tự.", valueName: "mau-ten"))
    var fileName: String?

    @Flag(name: [.customLong("mot-tep"), .customLong("one-file")], help: "Tất cả vào một tệp, mỗi bản ghi một trang.")
    var oneFile = false

    @Flag(name: [.customLong("danh-so-lai"), .customLong("restart-numbering")],
          help: "Với --mot-tep: số trang của mỗi bản ghi bắt đầu lại từ 1.")
    var restartNumbering = false

    @Option(name: [.customLong("nhom-theo"), .customLong("group-by")],
            help: ArgumentHelp("Mỗi giá trị của trường này một thư mục con (ví dụ don_vi).", valueName: "truong"))
    var groupBy: String?

    @Option(name: [.customLong("dinh-dang"), .customLong("format")],
            help: ArgumentHelp("fodt (mặc định), odt, pdf hoặc docx (pdf, docx cần LibreOffice).", valueName: "dinh-dang"))
    var format: DocumentFormat = .fodt

    @Flag(name: [.customLong("cho-phep-thieu"), .customLong("allow-missing")],
          help: "Trường thiếu thì để trống, không báo lỗi.")
    var allowMissing = false

    @Option(name: [.customLong("du-lieu-chung"), .customLong("common")],
            help: ArgumentHelp("Tệp YAML/JSON có các trường chung cho mọi bản ghi (sự kiện của giấy mời, số quyết định của giấy khen).",
                               valueName: "tep"))
    var common: String?

    @Option(name: [.customLong("trang-tinh"), .customLong("sheet")],
            help: ArgumentHelp("Trang tính của tệp .xlsx/.ods (mặc định: trang đầu).", valueName: "ten"))
    var sheet: String?

    @Flag(name: [.customLong("xem-truoc"), .customLong("preview")],
          help: "Chỉ xem: tên cột → tên trường và bản ghi đầu tiên; không ghi tệp nào.")
    var preview = false

    func validate() throws {
        if oneFile && (groupBy != nil || fileName != nil) {
            throw ValidationError("--mot-tep ghi một tệp duy nhất: không dùng cùng --nhom-theo hay --ten-tep.")
        }
    }

    func run() throws {
        let start = Date()
        let loaded: Template
        let records: RecordList
        do {
            loaded = try Template(contentsOf: BuiltInTemplates.resolve(template), options: .init(strict: !allowMissing))
            guard loaded.kind == .odf else {
                throw CommandFailure(message: "\(template): hang-loat dùng mẫu văn bản .fodt hoặc .odt; mẫu chữ dùng lệnh tao.")
            }
            let commonFields = try common.map { (path) throws in try DataFile.reading(URL(fileURLWithPath: path)) }
            for warning in commonFields?.warnings ?? [] { Output.warning(warning.description) }
            if let value = commonFields?.value, value.keys.isEmpty {
                throw CommandFailure(message: "\(common ?? ""): dữ liệu chung phải là các trường \"ten: giá trị\".")
            }
            records = try RecordList(url: URL(fileURLWithPath: list), sheet: sheet, common: commonFields?.value)
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        for warning in records.warnings { Output.warning(warning.description) }
        if preview {
            try showPreview(records)
            return
        }
        let converter: OfficeConverter?
        if format.needsLibreOffice {
            guard let found = OfficeConverter() else {
                throw CommandFailure(message: "cần LibreOffice để ghi \(format.rawValue.uppercased()): apt-get install --no-install-recommends libreoffice-writer-nogui")
            }
            converter = found
        } else {
            converter = nil
        }

        // A list under a quyết định khen thưởng: each record gets its money and số sổ vàng as the
        // decision numbers them (tập thể first), and the decision's fields.
        var decided: [Value]?
        if let commonPath = common, let decision = try? DataFile.read(URL(fileURLWithPath: commonPath)),
            decision["loai"]?.text == "quyet-dinh-khen-thuong"
        {
            do {
                let list = Array(try records.records())
                let prepared = try AwardDecision.prepare(decision, list: list)
                decided = prepared["nhom"].map { groups -> [Value] in
                    guard case .list(let groups) = groups else { return [] }
                    return groups.flatMap { group -> [Value] in
                        guard case .list(let members)? = group["thanh_vien"] else { return [] }
                        return members
                    }
                }
            } catch let error as DocumentsError {
                throw CommandFailure(message: "\(list): \(error.description)")
            } catch {
                throw CommandFailure(error)
            }
        }

        // Pass 1: every record checked; nothing is written unless all are right.
        let (count, kept) = try check(loaded, records, decided: decided)
        guard count > 0 else { throw CommandFailure(message: "\(list): danh sách không có bản ghi nào.") }
        // Pass 2 walks the records again: kept from pass 1 when few, else read again.
        let source: () throws -> AnyIterator<Value> = {
            if let kept { return AnyIterator(kept.makeIterator()) }
            return try records.records()
        }

        let files: Int
        if oneFile {
            print(try writeOneFile(loaded, source, converter: converter).relativePath)
            files = 1
        } else {
            files = try writeFiles(loaded, source, count: count, converter: converter)
            print(output)
        }
        let seconds = Date().timeIntervalSince(start)
        let duration = String(format: "%.1f", seconds).replacingOccurrences(of: ".", with: ",")
        Output.error("Đã ghi \(files) tệp (\(count) bản ghi) trong \(duration) giây.")
    }

    /// The fields the list gives the template, and its first record.
    private func showPreview(_ records: RecordList) throws {
        var lines = ["Các trường của \(list) (dùng trong mẫu dạng {{ten_truong}}):"]
        do {
            let first = try records.records().next()
            for field in records.fields {
                let example = first?[field]?.text.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 } ?? ""
                lines.append("  {{\(field)}}  ví dụ: \(example)")
            }
            var count = 0
            for _ in try records.records() { count += 1 }
            lines.append("\(count) bản ghi.")
        } catch {
            throw CommandFailure(error)
        }
        print(lines.joined(separator: "\n"))
    }

    /// Batches up to this many records are kept in memory between the passes (a few
    /// megabytes); longer ones are read twice, so that memory stays flat.
    private static let keptRecords = 20_000

    /// Checks every record; returns their number, and the records when there are few.
    private func check(_ template: Template, _ records: RecordList, decided: [Value]?) throws -> (count: Int, kept: [Value]?) {
        var errors: [String] = []
        var count = 0
        var kept: [Value]? = []
        let iterator: AnyIterator<Value>
        do {
            iterator = try decided.map { AnyIterator($0.makeIterator()) } ?? records.records { Output.warning($0.description) }
        } catch {
            throw CommandFailure(error)
        }
        if let groupBy, !records.fields.isEmpty, !records.fields.contains(groupBy) {
            throw CommandFailure(message: "\(list): không có cột \"\(groupBy)\" để nhóm. Các cột: \(records.fields.joined(separator: ", "))."
                + (Suggestion.closest(to: groupBy, among: records.fields).map { " Có phải \"\($0)\"?" } ?? ""))
        }
        for record in iterator {
            count += 1
            if count <= Self.keptRecords || decided != nil { kept?.append(record) } else { kept = nil }
            let problems = template.check(record, record: count)
            errors += problems.map { "\($0.description) [\(list), bản ghi \(count)]" }
            if errors.count > 200 { break }
        }
        if !errors.isEmpty {
            var message = errors.prefix(100).joined(separator: "\n")
            if errors.count > 100 { message += "\n… và \(errors.count - 100) lỗi nữa." }
            message += "\nKhông tệp nào được ghi. Sửa danh sách (hoặc dùng --cho-phep-thieu) rồi chạy lại."
            throw CommandFailure(message: message)
        }
        return (count, kept)
    }

    private func writeOneFile(_ template: Template, _ records: () throws -> AnyIterator<Value>,
                              converter: OfficeConverter?) throws -> URL {
        var target = URL(fileURLWithPath: output)
        let base = BuiltInTemplates.resolve(self.template).deletingPathExtension().lastPathComponent
        if DocumentFormat(fileExtension: target.pathExtension) == nil {
            try makeFolder(target)
            target = target.appendingPathComponent("\(base).\(format.rawValue)")
        } else {
            try makeFolder(target.deletingLastPathComponent())
        }
        do {
            switch format {
            case .fodt:
                let file = try AtomicFile(url: target)
                try template.renderPages(records, restartNumbering: restartNumbering) { try file.write($0) }
                try file.commit()
            case .odt:
                var data = Data()
                try template.renderPages(records, restartNumbering: restartNumbering) { data.append($0) }
                try Document(data: data, path: target.relativePath).write(to: target, format: .odt)
            default:
                let work = try temporaryFolder(beside: target)
                defer { try? FileManager.default.removeItem(at: work) }
                let flat = work.appendingPathComponent(target.deletingPathExtension().lastPathComponent + ".fodt")
                let file = try AtomicFile(url: flat)
                try template.renderPages(records, restartNumbering: restartNumbering) { try file.write($0) }
                try file.commit()
                let converted = try converter!.convert([flat], to: OfficeConverter.Target(rawValue: format.rawValue)!, into: work)
                try moveReplacing(converted[0], to: target)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
        return target
    }

    /// One file per record; returns how many were written. Rendering (this thread) and
    /// writing (``FileWriter``'s two threads) overlap; memory stays flat whatever the number of records.
    private func writeFiles(_ template: Template, _ records: () throws -> AnyIterator<Value>, count: Int,
                            converter: OfficeConverter?) throws -> Int {
        let root = URL(fileURLWithPath: output, isDirectory: true)
        try makeFolder(root)
        let namer: FileNamer
        do {
            namer = try FileNamer(pattern: fileName, count: count)
        } catch {
            throw CommandFailure(error)
        }
        let work = converter == nil ? nil : try temporaryFolder(beside: root.appendingPathComponent("x"))
        defer { if let work { try? FileManager.default.removeItem(at: work) } }
        var progress = Progress(total: count, label: "Đang tạo")
        var pending: [(flat: URL, final: URL)] = []
        let writer = FileWriter()
        var buffer: [UInt8] = []
        var index = 0
        var folders: Set<String> = []
        do {
            for record in try records() {
                var folder = root
                if let groupBy {
                    let group = FileNamer.sanitize(record[groupBy]?.text ?? "")
                    folder = root.appendingPathComponent(group.isEmpty ? "khac" : group, isDirectory: true)
                    if folders.insert(folder.path).inserted { try makeFolder(folder) }
                }
                let name = try namer.name(for: record, index: index, folder: folder.path)
                // `isDirectory: false`: no `stat` per file to ask the file system what it is.
                let target = folder.appendingPathComponent("\(name).\(format.rawValue)", isDirectory: false)
                switch format {
                case .fodt:
                    try template.render(record, into: &buffer)
                    try writer.write(Data(buffer), to: target)
                case .odt:
                    let package = try template.renderPackageParts(record)
                    try writer.write({ () throws(ODFError) in try package.zip() }, to: target)
                default:
                    try template.render(record, into: &buffer)
                    let flat = work!.appendingPathComponent("\(index + 1).fodt", isDirectory: false)
                    try writer.write(Data(buffer), to: flat)
                    pending.append((flat, target))
                }
                index += 1
                progress.update(index)
            }
            try writer.finish()
            AtomicFile.flushFileSystem()
            if let converter, let work {
                let converted = try converter.convert(pending.map(\.flat), to: OfficeConverter.Target(rawValue: format.rawValue)!, into: work)
                for (file, item) in zip(converted, pending) { try moveReplacing(file, to: item.final) }
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            try? writer.finish()
            // PDF and DOCX batches write into a work folder, removed on the way out: nothing stays.
            let written = converter == nil ? writer.written : 0
            guard written > 0 else { throw CommandFailure(error) }
            throw CommandFailure(message: "\(error)\nĐã ghi \(written) tệp trong \(root.relativePath) trước khi dừng; "
                + "sửa lỗi rồi chạy lại để ghi đủ.")
        }
        return index
    }

    private func makeFolder(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "\(url.relativePath): không tạo được thư mục.")
        }
    }

    /// A hidden work folder in the target's folder (same file system, so results move by rename).
    private func temporaryFolder(beside target: URL) throws -> URL {
        let folder = target.deletingLastPathComponent().appendingPathComponent(".vanban-\(UUID().uuidString)")
        try makeFolder(folder)
        return folder
    }

    private func moveReplacing(_ source: URL, to target: URL) throws {
        if rename(source.path, target.path) != 0 {
            throw CommandFailure(message: "\(target.relativePath): không ghi được tệp.")
        }
    }
}
