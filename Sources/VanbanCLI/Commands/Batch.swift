import ArgumentParser
import Foundation
import VanbanData
import VanbanPipeline

/// `vanban hang-loat MAU DANH_SACH`: one document per row of a list (or all in one file).
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hang-loat",
        abstract: "Tạo hàng loạt: mỗi dòng của danh sách một văn bản (giấy mời, giấy khen…).",
        discussion: """
            DANH_SACH là tệp Excel (.xlsx), Calc (.ods), CSV (dòng đầu là tên cột) hoặc YAML/JSON
            là một danh sách. Tên cột được chuyển thành tên trường: "Họ và tên" → {{ho_va_ten}}
            (--xem-truoc cho xem). Mọi dòng được kiểm tra; có lỗi thì báo hết và không ghi tệp
            nào; chạy lại vào cùng thư mục thì các tệp cùng tên được thay.

            Ví dụ:
              vanban hang-loat giay-khen danh-sach.xlsx -o output/giay-khen
              vanban hang-loat giay-khen ds.csv --ten-tep "{{so_so_vang}}-{{ho_ten}}"
              vanban hang-loat giay-moi dai-bieu.xlsx --du-lieu-chung hoi-nghi.yaml --mot-tep --dinh-dang pdf
              vanban hang-loat giay-khen ds.csv --nhom-theo don_vi
            """,
        aliases: ["batch"]
    )

    @Argument(help: ArgumentHelp("Mẫu: tên mẫu có sẵn (vanban mau) hoặc tệp .fodt, .odt.", valueName: "mau"))
    var template: String

    @Argument(help: ArgumentHelp("Danh sách: .xlsx, .ods, .csv, .yaml hoặc .json.", valueName: "danh-sach"))
    var list: String

    @Option(name: [.customShort("o"), .customLong("thu-muc"), .customLong("output")],
            help: ArgumentHelp("Thư mục kết quả (với --mot-tep: tệp hoặc thư mục). Mặc định: output/", valueName: "thu-muc"))
    var output: String?

    @Option(name: [.customLong("ten-tep"), .customLong("file-name")],
            help: ArgumentHelp("Mẫu tên tệp, ví dụ \"{{so_so_vang}}-{{ho_ten}}\". Mặc định: số thứ tự (001, 002…).", valueName: "mau-ten"))
    var fileName: String?

    @Option(name: [.customLong("nhom-theo"), .customLong("group-by")],
            help: ArgumentHelp("Mỗi giá trị của trường này một thư mục con (ví dụ don_vi).", valueName: "truong"))
    var groupBy: String?

    @Option(name: [.customLong("du-lieu-chung"), .customLong("common")],
            help: ArgumentHelp("Tệp YAML/JSON có các trường chung cho mọi bản ghi (sự kiện của giấy mời, số quyết định của giấy khen).",
                               valueName: "tep"))
    var common: String?

    @Option(name: [.customLong("phan"), .customLong("shard")],
            help: ArgumentHelp("Chỉ làm phần K trong N phần của danh sách (chia việc cho nhiều máy); số thứ tự, tên tệp như khi làm cả danh sách. Ghép danh mục các phần bằng: vanban ghep-danh-muc.",
                               valueName: "K/N"))
    var shard: Shard?

    @Flag(name: [.customLong("xem-truoc"), .customLong("preview")],
          help: "Chỉ xem: tên cột → tên trường và bản ghi đầu tiên; không ghi tệp nào.")
    var preview = false

    @OptionGroup var options: JobOptions

    func validate() throws {
        if options.oneFile && (groupBy != nil || fileName != nil || shard != nil) {
            throw ValidationError("--mot-tep ghi một tệp duy nhất: không dùng cùng --nhom-theo, --ten-tep hay --phan.")
        }
    }

    func run() throws {
        let start = Date()
        var job = Job(template: BuiltInTemplates.resolve(template, format: options.format(named: output)),
                      records: .list(URL(fileURLWithPath: list), common: common.map { URL(fileURLWithPath: $0) }),
                      layout: options.layout(otherwise: .onePerRecord(names: fileName, groupBy: groupBy)),
                      output: output.map { URL(fileURLWithPath: $0, isDirectory: !options.oneFile) })
        options.apply(to: &job)
        job.shard = shard.map { Job.Shard(index: $0.index, count: $0.count) }
        if preview {
            print(describe(try job.preview()))
            return
        }
        let result = try JobRunner.run(job)
        print(result.location.relativePath)
        Output.error(JobRunner.summary(result, since: start))
    }

    /// `--phan K/N`.
    struct Shard: ExpressibleByArgument {
        let index: Int
        let count: Int

        init?(argument: String) {
            let parts = argument.split(separator: "/")
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
            self.index = index
            self.count = count
        }
    }

    /// Columns → fields, what is missing or unused, and the first record as it will print.
    private func describe(_ preview: ListPreview) -> String {
        let header = preview.headerRows.count > 1
            ? ", dòng tiêu đề là các dòng \(preview.headerRows.map(String.init).joined(separator: "–"))"
            : preview.headerRow.map { ", dòng tiêu đề là dòng \($0)" } ?? ""
        var lines = ["\(preview.file): \(preview.count) bản ghi" + header + "."]
        if let sheet = preview.sheet, preview.sheets.count > 1 {
            lines.append("Đọc trang «\(sheet)» (tệp có các trang \(preview.sheets.map { "«\($0)»" }.joined(separator: ", ")); "
                + "chọn trang khác bằng --trang-tinh).")
        }
        if let numbering = preview.numberingRow { lines.append("Dòng \(numbering) là dòng đánh số cột: bỏ qua.") }
        for (reason, rows) in preview.leftOut {
            lines.append("Bỏ \(rows.count) \(reason.words): \(rows.map(String.init).joined(separator: ", ")).")
        }
        for (field, letters) in preview.joined {
            lines.append("Cột \(letters.joined(separator: ", ")) ghép thành {{\(field)}} (tên cột gộp ô), nối bằng một dấu cách.")
        }
        for warning in preview.warnings { lines.append("Cảnh báo: \(warning.description)") }
        for suspicion in preview.suspicions {
            switch suspicion {
            case .headingAsName(let row, let text):
                lines.append("Cảnh báo: dòng \(row) có tên \"\(text)\" giống tên cột hay tiêu đề mục, không giống tên người.")
            case .sameValueEverywhere(let heading, let value, let records):
                lines.append("Cảnh báo: cột \"\(heading)\" có cùng giá trị \"\(value)\" ở cả \(records) bản ghi; mỗi người phải có giá trị riêng.")
            }
        }
        if !preview.columns.isEmpty {
            lines.append("Cột → trường (dùng trong mẫu dạng {{ten_truong}}):")
            for column in preview.columns {
                let example = preview.first?[column.field]?.text.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 } ?? ""
                lines.append("  \(column.letter) \"\(column.heading)\" → {{\(column.field)}}\(column.used ? "" : " (mẫu không dùng)")  ví dụ: \(example)")
            }
        }
        for (field, inCommon) in preview.missing {
            lines.append(inCommon ? "  {{\(field)}}: lấy từ dữ liệu chung." : "  {{\(field)}}: KHÔNG có cột nào; thêm cột, --cot \(field)=\"Tên cột\", hoặc --du-lieu-chung.")
        }
        if let first = preview.first, case .object(let fields) = first {
            lines.append("Bản ghi đầu tiên" + (preview.firstRow.map { " (dòng \($0))" } ?? "") + ":")
            for (name, value) in fields { lines.append("  \(name): \(value.text ?? "…")") }
        }
        return lines.joined(separator: "\n")
    }
}
