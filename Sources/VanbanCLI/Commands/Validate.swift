import ArgumentParser
import Foundation
import VanbanODF

/// `vanban kiem-tra TEP...`: well-formedness and the ODF 1.3 schema, one line per problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiem-tra",
        abstract: "Kiểm tra văn bản .fodt/.odt theo lược đồ ODF 1.3.",
        discussion: """
            Với mỗi tệp: XML có đúng cú pháp không, và có theo đúng lược đồ OASIS ODF
            1.3 (bản nghiêm ngặt) không. Mỗi lỗi một dòng dạng tệp:dòng: nội dung. Mã
            thoát 1 nếu có lỗi.

            Lưu ý: LibreOffice mặc định lưu dạng "ODF 1.3 mở rộng" (thêm thuộc tính
            loext:), nên mẫu vừa lưu bằng LibreOffice thường không đạt kiểm tra nghiêm
            ngặt; LibreOffice vẫn mở được chúng bình thường.

            Ví dụ:
              vanban kiem-tra output/vi-du.fodt templates/*.fodt
            """,
        aliases: ["validate"]
    )

    @Argument(help: ArgumentHelp("Các tệp .fodt hoặc .odt cần kiểm tra.", valueName: "tep"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("cần ít nhất một tệp để kiểm tra.") }
    }

    func run() throws {
        var failed = 0
        for file in files {
            do {
                let issues = try SchemaValidator.odf13.validateFile(at: URL(fileURLWithPath: file))
                if issues.isEmpty {
                    print("\(file): hợp lệ (ODF 1.3)")
                } else {
                    failed += 1
                    for issue in issues { print(issue.located(in: file)) }
                }
            } catch {
                failed += 1
                print(error.description)
            }
        }
        if failed > 0 {
            Output.error("\(failed)/\(files.count) tệp có lỗi.")
            throw ExitCode.failure
        }
    }
}
