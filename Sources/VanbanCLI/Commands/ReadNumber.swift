import ArgumentParser
import Foundation
import VanbanRules

/// `vanban doc-so`: numbers in Vietnamese words.
struct ReadNumber: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc-so",
        abstract: "Đọc số bằng chữ (dùng cho dòng \"Bằng chữ\").",
        discussion: """
            Đọc đúng quy tắc: mốt, lăm, tư; "không trăm", "linh" ở giữa số. Số viết
            59.360.000 hoặc 59360000; số thập phân viết 0,3. Không có số nào: đọc từng
            dòng ở đầu vào.

            Ví dụ:
              vanban doc-so 2024
                → hai nghìn không trăm hai mươi tư
              vanban doc-so --tien 59.360.000
                → Năm mươi chín triệu ba trăm sáu mươi nghìn đồng
              vanban doc-so --tien --ngan 1005
                → Một ngàn không trăm linh năm đồng
            """,
        aliases: ["words"]
    )

    @Flag(name: [.customLong("tien"), .customLong("money")], help: "Dạng số tiền: viết hoa chữ đầu, thêm \"đồng\".")
    var money = false

    @Flag(name: [.customLong("ngan")], help: "Đọc \"ngàn\" thay cho \"nghìn\".")
    var ngan = false

    @Flag(name: [.customLong("le")], help: "Đọc \"lẻ\" thay cho \"linh\" (105: một trăm lẻ năm).")
    var le = false

    @Flag(name: [.customLong("bon")], help: "Đọc \"bốn\" thay cho \"tư\" (24: hai mươi bốn).")
    var bon = false

    // `.allUnrecognized` so that `-5` reaches the reader and gets its Vietnamese message.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Các số cần đọc.", valueName: "so"))
    var numbers: [String] = []

    func run() throws {
        // The same formatters as {{so | bang_chu}} and {{so | doc_so}} in a template.
        let options = [ngan ? "ngàn" : nil, le ? "lẻ" : nil, bon ? "bốn" : nil].compactMap { $0 }
        guard let words = Formatters.named(money ? "bang_chu" : "doc_so") else { throw ExitCode.failure }
        try Inputs.each(Inputs.values(numbers)) { text in
            if let warning = try Money.parse(text).warning { Output.warning(warning) }
            return try words(text, options)
        }
    }
}
