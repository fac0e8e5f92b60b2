import ArgumentParser
import Foundation
import VanbanPipeline
import VanbanRegister

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
              vanban tao quyet-dinh-khen-thuong qd.yaml --danh-sach ds.xlsx -o qd.pdf
              vanban tao giay-khen.fodt danh-sach.yaml --mot-tep -o output/giay-khen.fodt
            """,
        aliases: ["render"]
    )

    @Argument(help: ArgumentHelp("Mẫu: tên mẫu có sẵn (vanban mau), tệp .fodt, .odt, hoặc mẫu chữ (.txt, .html…).", valueName: "mau"))
    var template: String

    @Argument(help: ArgumentHelp("Dữ liệu: tệp .yaml, .yml hoặc .json.", valueName: "du-lieu"))
    var data: String

    @Option(name: [.customShort("o"), .customLong("tep-ra"), .customLong("output")],
            help: ArgumentHelp("Tệp kết quả (thư mục chưa có thì được tạo). Mặc định: output/<tên tệp dữ liệu>.fodt (hoặc đuôi của mẫu chữ).",
                               valueName: "tep"))
    var output: String?

    @Option(name: [.customLong("danh-sach"), .customLong("list")],
            help: ArgumentHelp("Danh sách (.xlsx, .ods, .csv, .yaml) đưa vào dữ liệu thành trường danh_sach (quyết định khen thưởng).",
                               valueName: "tep"))
    var list: String?

    @Option(name: [.customLong("vao-so"), .customLong("register")],
            help: ArgumentHelp("Lấy số từ sổ văn bản đi (hệ thống số này) khi ghi, và vào sổ văn bản cùng tệp của nó (xem vanban so-di).",
                               valueName: "he-thong-so"))
    var series: String?

    @Option(name: [.customLong("nguoi"), .customLong("by")],
            help: ArgumentHelp("Với --vao-so: người vào sổ (mặc định: tên đăng nhập).", valueName: "ten"))
    var person: String?

    @Flag(name: [.customLong("ban-dien-tu"), .customLong("electronic")],
          help: "Bản điện tử để ký số (NĐ 30, Phụ lục I): PDF/A-2b, mẫu chừa chỗ hình chữ ký và con dấu, thông tin văn bản ghi vào tệp.")
    var electronic = false

    @OptionGroup var database: RegisterCommand.Database

    @OptionGroup var options: JobOptions

    func run() throws {
        var job = Job(template: BuiltInTemplates.resolve(template, format: options.format(named: output)),
                      records: .document(URL(fileURLWithPath: data), list: list.map { URL(fileURLWithPath: $0) }),
                      layout: options.layout(otherwise: .oneDocument),
                      output: output.map { URL(fileURLWithPath: $0) })
        options.apply(to: &job)
        if electronic {
            job.electronic = true
            job.metadata = try job.documentSummary().metadata()
        }
        if let series {
            try register(job, in: series)
            return
        }
        let result = try JobRunner.run(job)
        print(result.location.relativePath)
    }

    /// The document numbered from the outgoing register and entered in it, as one decision:
    /// the number is taken, the document written under a temporary name, the entry committed,
    /// then the file renamed into place (VanbanRegister's `issue`).
    private func register(_ job: Job, in series: String) throws {
        let (target, format) = try job.destination()
        let summary = try job.documentSummary()
        let details = DocumentDetails(kind: summary.kind, kindName: summary.kindName, summary: summary.summary,
                                      signer: summary.signer, recipients: summary.recipients, copies: summary.copies)
        let register = try database.open()
        defer { try? Register.wait { try await register.close() } }
        let person = self.person ?? ProcessInfo.processInfo.environment["USER"] ?? "văn thư"
        let entry = try register.issueWaiting(series: series, date: summary.date.flatMap { CalendarDay($0) },
                                              document: details, by: person) { number in
            var numbered = job
            numbered.registeredNumber = (number.number, number.symbol)
            numbered.metadata = summary.metadata(number: number.symbol)
            let staged = StagedFile.temporaryURL(for: target)
            numbered.output = staged
            numbered.format = format
            do {
                _ = try JobRunner.run(numbered)
            } catch JobError.output(.cannotWrite(let path, let reason)) where path == staged.relativePath {
                // The clerk's file is named, not its hidden temporary name.
                throw JobError.output(.cannotWrite(path: target.relativePath, reason: reason))
            }
            return StagedFile(temporary: staged, destination: target)
        }
        print(target.relativePath)
        Output.error("Đã vào sổ: \(entry.symbol ?? String(entry.number)), ngày \(entry.date?.description ?? ""), SHA-256 \(entry.sha256 ?? "").")
    }
}
