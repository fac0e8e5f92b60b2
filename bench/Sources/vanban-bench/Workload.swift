import Foundation
import VanbanData

/// The deterministic data set every engine renders: Vietnamese names with diacritics, units,
/// amounts. Record `i` is the same in every run and for every engine.
enum Workload {
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    static let middles = ["Thị", "Văn", "Đức", "Minh", "Ngọc", "Thu", "Quốc", "Hữu", "Thanh", "Bích"]
    static let givens = ["Đào", "An", "Bình", "Cúc", "Dũng", "Hạnh", "Khoa", "Lan", "Mai", "Nam", "Oanh", "Phúc", "Quyên", "Sơn", "Tâm", "Uyên", "Việt", "Xuân", "Yến", "Ánh"]
    static let units = ["Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Y học cổ truyền", "Trung tâm Y tế huyện Cư M'gar",
                        "Chi cục Dân số", "Văn phòng Sở Y tế", "Bệnh viện Mắt", "Trung tâm Pháp y"]
    static let titles = ["Bác sĩ", "Điều dưỡng trưởng", "Trưởng khoa", "Phó Giám đốc", "Kỹ thuật viên", "Dược sĩ"]

    struct Person {
        let number: Int
        let name: String
        let title: String
        let unit: String
        let amount: Int
    }

    static func person(_ index: Int) -> Person {
        let name = "\(families[index % families.count]) \(middles[(index / 16) % middles.count]) \(givens[(index / 7) % givens.count])"
        return Person(number: index + 1, name: name, title: titles[index % titles.count], unit: units[(index / 3) % units.count],
                      amount: [760_000, 1_520_000, 3_800_000][index % 3])
    }

    static func value(_ person: Person) -> Value {
        .object([
            "stt": .number(Decimal(person.number), text: String(person.number)),
            "ho_ten": .string(person.name),
            "chuc_vu": .string(person.title),
            "don_vi": .string(person.unit),
            "so_tien": .number(Decimal(person.amount), text: String(person.amount)),
            "so_so_vang": .string("GK-\(person.number)"),
        ])
    }
}

extension Workload {
    /// `people.json` (a list, for the Python engines and vanban's in-process figures) and
    /// `people.csv` (for `vanban hang-loat`), the same records.
    static func writeData(people: Int, to folder: URL) throws {
        var json = "["
        var csv = "stt,ho_ten,chuc_vu,don_vi,so_tien,so_so_vang\n"
        for index in 0..<people {
            let person = person(index)
            func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            json += (index == 0 ? "\n" : ",\n") + "{\"stt\": \(person.number), \"ho_ten\": \(quoted(person.name)), \"chuc_vu\": \(quoted(person.title)), "
                + "\"don_vi\": \(quoted(person.unit)), \"so_tien\": \(person.amount), \"so_so_vang\": \"GK-\(person.number)\"}"
            csv += "\(person.number),\(person.name),\(person.title),\"\(person.unit)\",\(person.amount),GK-\(person.number)\n"
        }
        json += "\n]\n"
        try Data(json.utf8).write(to: folder.appendingPathComponent("people.json"))
        try Data(csv.utf8).write(to: folder.appendingPathComponent("people.csv"))
    }
}
