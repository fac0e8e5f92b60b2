import ArgumentParser
import Foundation
import VanbanPipeline

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

    @OptionGroup var options: JobOptions

    func run() throws {
        var job = Job(template: BuiltInTemplates.resolve(template),
                      records: .document(URL(fileURLWithPath: data), list: list.map { URL(fileURLWithPath: $0) }),
                      layout: options.layout(otherwise: .oneDocument),
                      output: output.map { URL(fileURLWithPath: $0) })
        options.apply(to: &job)
        let result = try JobRunner.run(job)
        print(result.location.relativePath)
    }
}
