import ArgumentParser
import Foundation
import VanbanFormat

/// `vanban the-thuc TEP...`: checks documents against the thể thức of NĐ 30/2020, Phụ lục I.
struct CheckFormat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "the-thuc",
        abstract: "Kiểm tra thể thức văn bản (.docx, .doc, .odt, .fodt) theo Nghị định 30/2020.",
        discussion: """
            Nhận ra các thành phần thể thức (Quốc hiệu, Tiêu ngữ, tên cơ quan, số và ký
            hiệu, địa danh và ngày tháng, tên loại, trích yếu, căn cứ, nội dung, quyền
            hạn và chức vụ, họ tên người ký, nơi nhận) và kiểm tra phông chữ, cỡ chữ,
            kiểu chữ, cách ghi số, ngày tháng, ký hiệu, khổ giấy, lề trang theo Phụ lục I.
            Đường kẻ dưới tên cơ quan, Tiêu ngữ, trích yếu và số trang được đo trên trang
            in (cần LibreOffice, poppler-utils và qpdf).

            Mỗi lỗi một dòng: tệp, trang, thành phần, đầu đoạn văn, hiện có gì và cần
            gì (kèm mục của Phụ lục I). Mã thoát 0 khi không có lỗi, 1 khi có lỗi,
            2 khi có tệp không đọc được.

            Ví dụ:
              vanban the-thuc quyet-dinh.docx ke-hoach.odt
              vanban the-thuc --json output/*.fodt
            """,
        aliases: ["check-format"]
    )

    @Argument(help: ArgumentHelp("Các văn bản cần kiểm tra.", valueName: "tep"))
    var files: [String]

    @Flag(name: .customLong("json"), help: "In kết quả dạng JSON cho các công cụ khác.")
    var json = false

    @Flag(name: [.customLong("khong-do-trang"), .customLong("no-layout")],
          help: "Không dàn trang bằng LibreOffice (bỏ qua đường kẻ và số trang).")
    var noLayout = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("cần ít nhất một tệp để kiểm tra.") }
    }

    func run() throws {
        let checker = FormatChecker(measurePages: !noLayout)
        let results = checker.check(files.map { URL(fileURLWithPath: $0) })
        var reports: [FileReport] = []
        var unreadable = false
        for result in results {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error):
                unreadable = true
                Output.error(error.description)
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(reports)
            print(String(decoding: data, as: UTF8.self))
        } else {
            for report in reports {
                for finding in report.findings { print(FindingText.line(finding, file: report.file)) }
                print(FindingText.summary(report))
            }
        }
        if reports.contains(where: { !$0.measuredPages }), !noLayout {
            Output.warning("không có LibreOffice, pdftotext hoặc qpdf: chưa đo đường kẻ và số trang trên trang in.")
        }
        if unreadable { throw ExitCode(2) }
        if reports.contains(where: \.hasError) { throw ExitCode.failure }
    }
}
