/// A row that opens a part of a list instead of being a record: "I. TẬP THỂ", "II. CÁ NHÂN", or
/// "A. BỆNH VIỆN ĐA KHOA TỈNH" — a Roman numeral or a letter with a heading, alone in its row
/// (in one cell, or the numeral in the STT column and the heading beside it), or "TẬP THỂ" /
/// "CÁ NHÂN" alone. It sets the Đối tượng, or the group (a unit), of the rows under it.
struct SectionRow: Sendable, Equatable {
    /// Tập thể or Cá nhân, when the heading says which.
    let kind: String?
    /// The heading without its numeral, when it names a group rather than a kind.
    let group: String?
    /// The heading, when it takes its rows out of the list ("DỰ PHÒNG", "KHÔNG ĐỀ NGHỊ KHEN").
    let excluding: String?

    /// The section a row opens, or `nil` for a row that is not one.
    init?(_ row: TableRow) {
        // Most rows are records with more than two cells filled: counted before anything is made.
        var count = 0
        for cell in row.cells where !cell.isBlank {
            count += 1
            if count > 2 { return nil }
        }
        let filled = row.cells.filter { !$0.isBlank }.map(\.trimmed)
        let heading: String
        var numbered = false
        switch filled.count {
        case 1:
            if let rest = Self.afterNumeral(filled[0]) {
                heading = rest
                numbered = true
            } else {
                heading = filled[0]
            }
        case 2:
            // "A" | "BỆNH VIỆN ĐA KHOA TỈNH": a bare letter numbers a section when its heading is
            // words in capitals (a data row "A" | "B" is none).
            let bareLetter = filled[0].count == 1 && filled[0].unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
                && filled[1].split(separator: " ").count >= 2 && filled[1] == filled[1].uppercased()
            guard Self.isNumeral(filled[0]) || bareLetter else { return nil }
            heading = filled[1]
            numbered = true
        default:
            return nil
        }
        guard !heading.isEmpty, heading.utf8.count <= 200 else { return nil }
        let key = "_" + FieldName.normalize(heading) + "_"
        excluding = Self.excludingWords.contains { key.contains("_" + $0 + "_") } ? heading : nil
        if excluding == nil, let kind = Self.kind(of: heading) {
            self.kind = kind
            group = nil
            return
        }
        // A group needs its numeral: a name alone in its row may be a record of a one-column list.
        guard numbered || excluding != nil, heading.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 4 else { return nil }
        kind = nil
        group = excluding == nil ? heading : nil
    }

    /// Words of a section that takes its rows out: reserves, rows not proposed, not eligible.
    static let excludingWords = ["du_phong", "du_bi", "khong_de_nghi", "khong_khen", "chua_du", "khong_du", "loai_khoi",
                                 "khong_dat", "rut_khoi", "da_rut", "tam_hoan", "chua_xet"]

    /// "TẬP THỂ", "Khen thưởng tập thể", "CÁ NHÂN", "Cá nhân được khen", "TT", "CN" → Tập thể / Cá nhân.
    static func kind(of heading: String) -> String? {
        let key = FieldName.normalize(heading)
        if key == "tt" { return "Tập thể" }
        if key == "cn" { return "Cá nhân" }
        let words = key.split(separator: "_").map(String.init)
        guard words.count <= 6 else { return nil }
        let text = "_" + key + "_"
        let isGroup = text.contains("_tap_the_")
        let isPerson = text.contains("_ca_nhan_")
        if isGroup == isPerson { return nil }
        return isGroup ? "Tập thể" : "Cá nhân"
    }

    /// `I`, `II.`, `IV)`, `B.`: a section's numeral alone (a letter only with its dot or bracket).
    static func isNumeral(_ text: String) -> Bool {
        var body = Substring(text)
        var marked = false
        if body.hasSuffix(".") || body.hasSuffix(")") {
            body = body.dropLast()
            marked = true
        }
        return isRoman(body) || (marked && body.count == 1 && body.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) })
    }

    /// "I. TẬP THỂ", "II - CÁ NHÂN", "A) KHOA NỘI" → the heading after the numeral; `nil` without one.
    static func afterNumeral(_ text: String) -> String? {
        let numeral = text.prefix { ("A"..."Z").contains($0) }
        guard !numeral.isEmpty, isRoman(numeral) || numeral.count == 1 else { return nil }
        var rest = text.dropFirst(numeral.count)
        guard let separator = rest.first, separator == "." || separator == ")" || separator == "-" || separator == " " else { return nil }
        // "A B" or "I " followed by a word could be a name ("A Páo"): a space alone only after a Roman numeral.
        if separator == " ", !isRoman(numeral) || numeral.count == 1 && numeral != "I" { return nil }
        rest = rest.drop { $0 == "." || $0 == ")" || $0 == "-" || $0 == " " || $0 == "\u{00A0}" }
        return rest.isEmpty ? nil : String(rest)
    }

    /// I to XX.
    static func isRoman(_ text: Substring) -> Bool {
        let numerals: Set<Substring> = [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
        ]
        return numerals.contains(text)
    }
}
