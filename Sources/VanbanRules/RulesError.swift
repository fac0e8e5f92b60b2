/// A value the Vietnamese document rules cannot work with. Cases hold the value as given;
/// ``description`` is the Vietnamese sentence for the clerk.
public enum RulesError: Error, Equatable, CustomStringConvertible {
    /// Not a number (`abc`), or a form vanban does not read (`1e30`).
    case notANumber(String)
    /// A negative amount where only zero or more makes sense.
    case negative(String)
    /// Larger than 10^18 − 1, the largest number read in words.
    case tooLarge(String)
    /// Not a date in a form vanban reads.
    case notADate(String)
    /// A date that does not exist (31/02/2025).
    case invalidDate(String)
    /// An award kind that is not in the table.
    case unknownAward(String, known: [String])
    /// A recipient kind the award is not given to (a Chiến sĩ thi đua for a tập thể).
    case awardNotForRecipient(award: String, recipient: String)
    /// A date before the first period of the award or salary table.
    case beforeFirstPeriod(table: String, date: String, first: String)
    /// An award table file that does not follow the format.
    case invalidTable(String)
    /// A value vanban expected from a fixed list.
    case unknownValue(String, field: String, known: [String])

    /// The problem in Vietnamese.
    public var description: String {
        switch self {
        case .notANumber(let text):
            return "\"\(text)\" không phải là số. Viết số như 59.360.000 hoặc 59360000."
        case .negative(let text):
            return "\"\(text)\" là số âm; số tiền, số lượng phải từ 0 trở lên."
        case .tooLarge(let text):
            return "\"\(text)\" quá lớn: vanban đọc số đến 999.999.999.999.999.999."
        case .notADate(let text):
            return "\"\(text)\" không phải là ngày. Viết ngày dạng 04/12/2024 (ngày/tháng/năm) hoặc 2024-12-04."
        case .invalidDate(let text):
            return "ngày \"\(text)\" không có thật trên lịch. Kiểm tra lại ngày và tháng."
        case .unknownAward(let name, let known):
            return "không có hình thức khen thưởng \"\(name)\". Các hình thức có: \(known.joined(separator: ", "))."
        case .awardNotForRecipient(let award, let recipient):
            return "hình thức \"\(award)\" không tặng cho đối tượng \"\(recipient)\"."
        case .beforeFirstPeriod(let table, let date, let first):
            return "ngày \(date) trước thời điểm đầu tiên của bảng \(table) (\(first)); vanban không có số liệu cho ngày này."
        case .invalidTable(let reason):
            return "bảng mức thưởng không đúng định dạng: \(reason)."
        case .unknownValue(let value, let field, let known):
            return "\(field) \"\(value)\" không hợp lệ. Chọn một trong: \(known.joined(separator: ", "))."
        }
    }
}
