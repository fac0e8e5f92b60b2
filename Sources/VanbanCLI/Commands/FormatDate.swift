import ArgumentParser
import VanbanRules

/// `vanban ngay`: dates as ND30 writes them.
struct FormatDate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ngay",
        abstract: "Viết ngày đúng thể thức: ngày 04 tháng 12 năm 2024.",
        discussion: """
            Ngày dưới 10 và tháng 1, 2 có số 0 ở trước (ngày 05 tháng 01, nhưng tháng
            3). Ngày vào viết 2024-12-04 hoặc 04/12/2024 (luôn là ngày/tháng/năm).
            Không có ngày nào: đọc từng dòng ở đầu vào.

            Ví dụ:
              vanban ngay --dia-danh "Đắk Lắk" 04/12/2024
                → Đắk Lắk, ngày 04 tháng 12 năm 2024
              vanban ngay --nhap --dia-danh "Kon Tum" 2024
                → Kon Tum, ngày      tháng      năm 2024
            """,
        aliases: ["date"]
    )

    @Option(name: [.customLong("dia-danh"), .customLong("place")], help: ArgumentHelp("Địa danh đứng trước ngày.", valueName: "ten"))
    var place: String?

    @Flag(name: [.customLong("nhap"), .customLong("draft")], help: "Dạng dự thảo: để trống ngày và tháng cho người ký điền.")
    var draft = false

    @Argument(help: ArgumentHelp("Các ngày (hoặc năm, với --nhap).", valueName: "ngay"))
    var dates: [String] = []

    func run() throws {
        let place = place?.precomposedStringWithCanonicalMapping
        try Inputs.each(Inputs.values(dates)) { text in
            if draft {
                let year = text.count == 4 ? Int(text) : try DocumentDate(parsing: text).year
                guard let year else { throw RulesError.notADate(text) }
                return DocumentDate.draft(year: year, place: place)
            }
            let date = try DocumentDate(parsing: text)
            return place.map { date.long(place: $0) } ?? date.long
        }
    }
}
