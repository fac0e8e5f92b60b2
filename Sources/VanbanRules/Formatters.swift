import Foundation

/// The Vietnamese formatters templates use after a pipe (`{{so_tien | bang_chu}}`), as pure
/// functions from a value's text and the formatter's arguments to text. The template engine
/// registers them under these names.
public enum Formatters {
    /// A formatter: the value's text and the arguments written after `:` → the text shown.
    public typealias Function = @Sendable (_ value: String, _ arguments: [String]) throws(RulesError) -> String

    /// Every formatter by name, with a one-line Vietnamese description.
    public static let all: [(name: String, summary: String, function: Function)] = [
        ("tien", "số tiền có dấu chấm hàng nghìn: 59.360.000 (tham số \"đồng\" hoặc \"đ\" để thêm đơn vị)", tien),
        ("bang_chu", "số tiền bằng chữ: Năm mươi chín triệu ba trăm sáu mươi nghìn đồng (tham số: ngàn, lẻ, bốn)", bangChu),
        ("doc_so", "đọc số bằng chữ: hai nghìn không trăm hai mươi tư; số thập phân 0,3: không phẩy ba", docSo),
        ("ngay_dai", "ngày dạng dài: ngày 04 tháng 12 năm 2024 (tham số: địa danh); chỉ có năm: để trống ngày, tháng", ngayDai),
        ("ngay_so", "ngày dạng số: 04/12/2024", ngaySo),
        ("so_ky_hieu", "số, ký hiệu: 05/QĐ-SYT (tham số: ký hiệu); số trống: để chỗ trống", soKyHieu),
        ("la_ma", "số La Mã: 4 → IV", laMa),
        ("chu_cai", "chữ cái của điểm: 5 → đ", chuCai),
        ("hoa", "viết hoa cả chữ có dấu: SỞ Y TẾ", hoa),
        ("thuong", "viết thường", thuong),
        ("ten_rieng", "viết hoa chữ đầu mỗi tiếng: Nguyễn Thị Đào", tenRieng),
        ("ong_ba", "Ông hoặc Bà theo giới tính (Nam, Nữ)", ongBa),
    ]

    /// The formatter named `name`.
    public static func named(_ name: String) -> Function? {
        all.first { $0.name == name }?.function
    }

    static let tien: Function = { value, arguments throws(RulesError) in
        let amount = try Money.parse(value).value
        switch arguments.first?.lowercased() {
        case nil, "": return Money.format(amount)
        case "đồng", "dong": return Money.format(amount, unit: .dong)
        case "đ", "d": return Money.format(amount, unit: .d)
        case let other?: throw .unknownValue(other, field: "đơn vị tiền", known: ["đồng", "đ"])
        }
    }

    static func options(_ arguments: [String]) -> NumberWords {
        var words = NumberWords()
        for argument in arguments.map({ $0.lowercased() }) {
            if argument == "ngàn" || argument == "ngan" { words.thousand = .ngan }
            if argument == "lẻ" || argument == "le" { words.zeroTen = .le }
            if argument == "bốn" || argument == "bon" { words.four = .bon }
        }
        return words
    }

    static func wholeAmount(_ value: String) throws(RulesError) -> UInt64 {
        let amount = try Money.parse(value).value
        guard amount <= Decimal(NumberWords.maximum) else { throw .tooLarge(value) }
        // Through the decimal text: NSDecimalNumber's integer accessors may pass through Double.
        guard let whole = UInt64(NSDecimalNumber(decimal: amount).stringValue) else { throw .notANumber(value) }
        return whole
    }

    static let bangChu: Function = { value, arguments throws(RulesError) in
        try options(arguments).money(try wholeAmount(value))
    }

    static let docSo: Function = { value, arguments throws(RulesError) in
        let amount = try Money.parse(value).value
        if !Money.format(amount).contains(",") { return try options(arguments).words(try wholeAmount(value)) }
        return try options(arguments).words(decimal: Money.format(amount).replacingOccurrences(of: ".", with: ""))
    }

    static let ngayDai: Function = { value, arguments throws(RulesError) in
        let place = arguments.first.flatMap { $0.isEmpty ? nil : $0 }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 4, let year = Int(trimmed) { return DocumentDate.draft(year: year, place: place) }
        let date = try DocumentDate(parsing: trimmed)
        return place.map { date.long(place: $0) } ?? date.long
    }

    static let ngaySo: Function = { value, _ throws(RulesError) in
        try DocumentDate(parsing: value).numeric
    }

    static let soKyHieu: Function = { value, arguments throws(RulesError) in
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let number: Int?
        if trimmed.isEmpty {
            number = nil
        } else {
            guard let parsed = Int(trimmed), parsed > 0 else { throw .notANumber(value) }
            number = parsed
        }
        let padded = DocumentNumber(number, kind: "", issuer: "").paddedNumber
        guard let symbol = arguments.first, !symbol.isEmpty else { return padded }
        return "\(padded)/\(symbol)"
    }

    static let laMa: Function = { value, _ throws(RulesError) in
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else { throw .notANumber(value) }
        return try Numbering.roman(number)
    }

    static let chuCai: Function = { value, _ throws(RulesError) in
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else { throw .notANumber(value) }
        return try Numbering.pointLetter(number)
    }

    static let hoa: Function = { value, _ in value.precomposedStringWithCanonicalMapping.uppercased() }
    static let thuong: Function = { value, _ in value.precomposedStringWithCanonicalMapping.lowercased() }
    static let tenRieng: Function = { value, _ in PersonName.properCase(value) }
    static let ongBa: Function = { value, _ throws(RulesError) in try PersonName.honorific(gender: value) }
}
