/// The shape of a list as a clerk lays it out: title rows above the header ("DANH SÁCH ĐỀ
/// NGHỊ KHEN THƯỞNG…"), the header row, a numbering row under it ("(1) (2) (3)", "1 2 3",
/// "A B C"), the records, a closing "Tổng cộng" row and a signature block ("Người lập biểu",
/// "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)"). Rows are told apart by their text alone.
enum HeaderDetection {
    /// Rows from the top searched for the header.
    static let searchedRows = 30

    /// The index in `rows` of the header: the row at `manualRow` (1-based row number) when
    /// given, else the row that best matches the expected fields and the usual headings
    /// (a cell naming an expected field or a known heading counts 10, any other text cell 1 unless
    /// it opens a title ("DANH SÁCH…", "(Kèm theo…"), numbers 0;
    /// the first best row wins).
    static func headerIndex(_ rows: [TableRow], expected: [String], manualRow: Int?, table: HeadingTable,
                            path: String) throws(DataError) -> Int {
        if let manualRow {
            guard let index = rows.firstIndex(where: { $0.row == manualRow }), !rows[index].isBlank else {
                throw .headerRowNotFound(path: path, row: manualRow, lastRow: rows.last?.row ?? 0)
            }
            return index
        }
        guard let best = best(rows, expected: expected, table: table) else { throw .noHeaderRow(path: path) }
        return best.index
    }

    /// The row most like a header among the first ``searchedRows`` filled rows: its index, its
    /// score, and how many of its cells name a field the template expects (`matched`) or any
    /// usual heading (`known`); `nil` when every row is blank.
    static func best(_ rows: [TableRow], expected: [String], table: HeadingTable)
        -> (index: Int, score: Int, matched: Int, known: Int)?
    {
        let wanted = Set(expected)
        let wantedByTable = Set(expected.compactMap { table.entry(heading: $0)?.field })
        var best: (index: Int, score: Int, matched: Int, known: Int)?
        var seen = 0
        for (index, row) in rows.enumerated() where !row.isBlank {
            seen += 1
            if seen > searchedRows { break }
            var score = 0
            var matched = 0
            var known = 0
            for cell in row.cells where !cell.isBlank {
                let key = FieldName.normalize(cell)
                let entry = table.entry(heading: cell)
                if wanted.contains(key) || entry != nil {
                    score += 10
                    known += 1
                    if wanted.contains(key) || entry.map({ wantedByTable.contains($0.field) || wanted.contains($0.field) }) == true {
                        matched += 1
                    }
                } else if !isNumberLike(cell) && !titleStarts.contains(where: { key.hasPrefix($0) }) {
                    score += 1
                }
            }
            if score > (best?.score ?? 0) { best = (index, score, matched, known) }
        }
        return best
    }

    /// How the title rows above a table begin, normalised: never a heading.
    static let titleStarts = [
        "danh_sach", "kem_theo", "bang_ke", "bang_tong_hop", "tong_hop", "de_nghi", "cong_hoa_xa_hoi", "doc_lap_tu_do",
        "uy_ban_nhan_dan", "ubnd", "so_y_te", "nam_20",
    ]

    /// A row of column numbers under the header: at least two cells, each a short number or a
    /// letter, maybe in brackets ("(1)", "1", "A", "(3)=(1)x(2)"), in increasing order.
    static func isNumberingRow(_ row: TableRow) -> Bool {
        var previous: Int?
        var count = 0
        var increasing = true
        var lettersThenNumbers = true
        var sawNumber = false
        for cell in row.cells where !cell.isBlank {
            let text = cell.trimmed
            guard cell.utf8.count <= 24, let value = numberingToken(text) else { return false }
            if let previous, value <= previous { increasing = false }
            // "A B 1 2 3": the letters of the first columns, then the numbers of the others.
            let isNumber = text.unicodeScalars.contains { ("0"..."9").contains($0) }
            if isNumber { sawNumber = true } else if sawNumber { lettersThenNumbers = false }
            previous = value
            count += 1
        }
        return count >= 2 && (increasing || lettersThenNumbers)
    }

    /// A row of units under the header: every filled cell a short bracketed word ("(đồng)", "(người)",
    /// "(1.000 đ)", "(%)").
    static func isUnitRow(_ row: TableRow) -> Bool {
        var count = 0
        for cell in row.cells where !cell.isBlank {
            let text = cell.trimmed
            guard text.hasPrefix("("), text.hasSuffix(")"), text.count <= 20 else { return false }
            count += 1
        }
        return count >= 1
    }

    /// `(3)`, `3`, `[3]`, `-3`, `C`, `(C)`, `(3)=(1)x(2)` → its order; else `nil`.
    static func numberingToken(_ text: String) -> Int? {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" { scalars = scalars.dropFirst() }  // "(1)" typed in a spreadsheet is -1
        if let first = scalars.first, first == "(" || first == "[" { scalars = scalars.dropFirst() }
        var digits = 0, value = 0
        while let scalar = scalars.first, ("0"..."9").contains(scalar), digits < 3 {
            value = value * 10 + Int(scalar.value - 48)
            digits += 1
            scalars = scalars.dropFirst()
        }
        if digits == 0 {
            guard let scalar = scalars.first, ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) else { return nil }
            value = Int(scalar.properties.lowercaseMapping.unicodeScalars.first!.value) - 96
            scalars = scalars.dropFirst()
        }
        if let next = scalars.first, next == ")" || next == "]" { scalars = scalars.dropFirst() }
        if let next = scalars.first, next == "." { scalars = scalars.dropFirst() }
        while let next = scalars.first, next == " " { scalars = scalars.dropFirst() }
        guard scalars.isEmpty || scalars.first == "=" else { return nil }
        return value
    }

    /// A closing row: its first filled cell is "Tổng cộng", "Tổng", "Cộng", "Tổng số" (maybe
    /// followed by more: "Tổng cộng: 56 người").
    static func isTotalRow(_ row: TableRow) -> Bool {
        // The first filled cell, found without gathering the others (asked of every row).
        guard let first = row.cells.first(where: { !$0.isBlank }) else { return false }
        // Each of those words starts with T or C, in any font; a cell starting with another ASCII
        // letter or a digit (a name, an STT) is no total. Anything else (`- Cộng`, `(Tổng cộng)`,
        // an odd space) is left to the normalised comparison.
        guard let lead = first.trimmed.utf8.first else { return false }
        let letter = lead | 0x20
        let isLetterOrDigit = (letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z"))
            || (lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9"))
        if isLetterOrDigit, letter != UInt8(ascii: "t"), letter != UInt8(ascii: "c") { return false }
        let key = FieldName.normalize(first)
        if key.hasPrefix("cong_"), let word = key.dropFirst(5).split(separator: "_").first,
            subtotalWords.contains(String(word)) || word.allSatisfy(\.isNumber) || SectionRow.isRoman(word.uppercased()[...])
        {
            return true
        }
        return key == "cong" || key == "tong" || key == "total" || key == "grand_total" || key.hasPrefix("tong_cong") || key.hasPrefix("tong_so") || key == "cong_cong"
    }

    /// The word after "Cộng" in a subtotal row ("Cộng mục I", "Cộng khoa Nội", "Cộng tập thể"), besides
    /// a number ("Cộng: 3 người") or a Roman numeral ("Cộng I"); never a name's ("Công Văn An").
    static let subtotalWords: Set<String> = ["muc", "nhom", "khoa", "phong", "don", "tap", "ca", "nguoi", "so", "tien", "chung"]

    /// Headings of a signature block, normalised, as the start of a cell.
    static let signatureStarts = [
        "nguoi_lap", "thu_truong", "ky_ghi_ro", "ky_va_ghi_ro", "ky_ten", "ky_dong_dau", "ke_toan", "giam_doc", "pho_giam_doc",
        "chu_tich", "pho_chu_tich", "hieu_truong", "truong_phong", "truong_khoa", "truong_ban", "xac_nhan", "nguoi_de_nghi",
        "nguoi_duyet", "lanh_dao", "tm_", "kt_", "tl_", "q_", "thu_ky",
        // Notes under the table ("Ghi chú: danh sách gồm 56 người", "Danh sách này có 04 cá nhân./."):
        // no record either.
        "ghi_chu_", "luu_y", "danh_sach_nay", "danh_sach_co", "danh_sach_tren", "danh_sach_gom",
    ]

    /// A row of a signature block: every filled cell is a signer's title, "(Ký, ghi rõ họ tên)"
    /// or a place and date line ("Hà Nội, ngày 12 tháng 3 năm 2025").
    static func isSignatureRow(_ row: TableRow) -> Bool {
        var filled = 0
        for cell in row.cells where !cell.isBlank {
            // A short number (STT) is never part of a signature block: most records stop here.
            if cell.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true { return false }
            let key = FieldName.normalize(cell)
            let isMarker = signatureStarts.contains { key.hasPrefix($0) || key == $0.trimmingSuffix("_") }
                || (hasWord(key, "ngay") && hasWord(key, "thang") && hasWord(key, "nam"))
            if !isMarker { return false }
            filled += 1
        }
        return filled > 0
    }

    /// True when `word` is one of the `_`-separated words of `key`.
    static func hasWord(_ key: String, _ word: String) -> Bool {
        key.split(separator: "_").contains { $0 == word }
    }

    static func isNumberLike(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0 == "(" || $0 == ")" || $0 == "-" || $0 == "/" }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
