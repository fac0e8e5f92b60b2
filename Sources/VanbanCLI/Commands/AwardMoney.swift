import ArgumentParser
import Foundation
import VanbanRules

/// `vanban tien-thuong`: award money with its computation.
struct AwardMoney: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tien-thuong",
        abstract: "Tính tiền thưởng theo hình thức, đối tượng và ngày quyết định.",
        discussion: """
            Tiền thưởng = hệ số × mức lương cơ sở đang áp dụng vào ngày ký quyết định,
            làm tròn lên hàng chục nghìn đồng (NĐ 98/2023 đến 30/6/2025, NĐ 152/2025
            từ 01/7/2025). In số tiền và cách tính để đối chiếu. Không có ngày nào:
            đọc từng dòng ở đầu vào.

            Các hình thức: xem --hinh-thuc ở dưới.

            Ví dụ:
              vanban tien-thuong --hinh-thuc giay-khen --ngay 15/07/2026
                → 760.000 đồng: 0,3 × 2.530.000 = 759.000 → 760.000 (…; NĐ 152/2025)
            """,
        aliases: ["award"]
    )

    // The bundled table is read only when this command's help is shown, not when any command starts.
    @Option(name: [.customLong("hinh-thuc"), .customLong("award")],
            help: ArgumentHelp("Hình thức khen thưởng: \(AwardTable.bundled.awardIDs.joined(separator: ", ")).", valueName: "hinh-thuc"))
    var award: String

    @Option(name: [.customLong("doi-tuong"), .customLong("recipient")],
            help: ArgumentHelp("ca-nhan, tap-the hoặc ho-gia-dinh.", valueName: "doi-tuong"))
    var recipient: String = Recipient.individual.rawValue

    @Option(name: [.customLong("ngay"), .customLong("date")], help: ArgumentHelp("Ngày ký quyết định.", valueName: "ngay"))
    var date: String?

    @Option(name: [.customLong("lam-tron"), .customLong("rounding")],
            help: ArgumentHelp("len (mặc định), gan-nhat hoặc khong.", valueName: "cach"))
    var rounding: String = Rounding.up.rawValue

    @Option(name: [.customLong("bang"), .customLong("table")],
            help: ArgumentHelp("Bảng mức thưởng riêng (JSON cùng định dạng bảng có sẵn).", valueName: "tep"))
    var table: String?

    @Argument(help: ArgumentHelp("Thêm các ngày ký quyết định.", valueName: "ngay"))
    var dates: [String] = []

    func run() throws {
        guard let recipient = Recipient(rawValue: recipient) else {
            throw RulesError.unknownValue(self.recipient, field: "đối tượng", known: Recipient.allCases.map(\.rawValue))
        }
        guard let rounding = Rounding(rawValue: rounding) else {
            throw RulesError.unknownValue(self.rounding, field: "cách làm tròn", known: Rounding.allCases.map(\.rawValue))
        }
        let awards: AwardTable
        if let table {
            do {
                awards = try AwardTable(json: try Data(contentsOf: URL(fileURLWithPath: table)))
            } catch let error as RulesError {
                throw CLIError.inFile(file: table, error)
            } catch {
                throw CLIError.unreadable(file: table)
            }
        } else {
            awards = AwardTable.bundled
        }
        let values = date.map { [$0] + dates } ?? Inputs.values(dates)
        try Inputs.each(values) { text in
            let amount = try awards.amount(award, for: recipient, on: try DocumentDate(parsing: text), rounding: rounding)
            return "\(Money.format(amount.amount, unit: .dong)): \(amount.explanation)"
        }
    }
}
