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
        let reader = NumberWords(four: bon ? .bon : .tu, zeroTen: le ? .le : .linh, thousand: ngan ? .ngan : .nghin)
        try Inputs.each(Inputs.values(numbers)) { text in
            let parsed = try Money.parse(text)
            if let warning = parsed.warning { Output.warning(warning) }
            let formatted = Money.format(parsed.value)
            if formatted.contains(",") {
                if money { throw RulesError.notANumber(text) }
                return try reader.words(decimal: formatted.replacingOccurrences(of: ".", with: ""))
            }
            guard parsed.value <= Decimal(NumberWords.maximum),
                let whole = UInt64(formatted.replacingOccurrences(of: ".", with: ""))
            else { throw RulesError.tooLarge(text) }
            return money ? try reader.money(whole) : try reader.words(whole)
        }
    }
}
