import Foundation
import OrderedCollections
import VanbanRules

/// A list's header row with its ``ColumnMap``, making rows into records: every cell NFC and
/// trimmed, legacy-font cells converted (each converted column reported once), money read as
/// whole đồng, dates (a spreadsheet's date cells come as `1989-10-02`) as `02/10/1989`, whole numbers as numbers, names tidied.
struct HeaderRow: Sendable {
    let map: ColumnMap
    /// Columns up to the last one with a heading.
    let width: Int
    /// The header's cells, trimmed, to tell a repeated header row.
    let headings: [String]
    /// The record every row fills: its keys (and their hash table) made once and shared by
    /// every record, which owns only its values; for each column of ``map``, where its value
    /// goes, and where it goes again under the field made from its heading when the map chose
    /// another (`ho_va_ten` for `ho_ten`): records answer to both, so templates written for the
    /// heading keep working.
    private let prototype: OrderedDictionary<String, Value>
    private let places: [(field: Int, heading: Int?)]

    init(_ cells: [String], map: ColumnMap) {
        self.map = map
        headings = cells.map(\.trimmed)
        // A heading merged across columns reaches to the last of them.
        width = max((headings.lastIndex { !$0.isEmpty } ?? -1) + 1, (map.columns.compactMap(\.span.last).max() ?? -1) + 1)
        let fields = Set(map.fields)
        var prototype = OrderedDictionary<String, Value>()
        var places: [(field: Int, heading: Int?)] = []
        func place(_ key: String) -> Int {
            if let index = prototype.index(forKey: key) { return index }
            prototype[key] = .string("")
            return prototype.count - 1
        }
        for column in map.columns {
            let field = place(column.field)
            let name = FieldName.normalize(column.heading)
            // A column set aside (its field the common data's) answers to no name of the document's.
            let setAside = column.field.hasSuffix(ColumnMap.setAsideSuffix)
            places.append((field, name != column.field && !fields.contains(name) && !setAside ? place(name) : nil))
        }
        self.prototype = prototype
        self.places = places
    }

    /// True when `row` repeats the header (a list printed over pages, its header on each).
    func isRepeated(in row: TableRow) -> Bool {
        guard row.cells.count >= width, width > 0, row.cells[0].trimmed == headings[0] else { return false }
        return (0..<width).allSatisfy { row.cells[$0].trimmed == headings[$0] }
            && row.cells[width...].allSatisfy(\.isBlank)
    }

    /// What reading rows noticed, reported when the list has been read.
    struct Notes {
        /// Column index → rows and texts of unreadable amounts.
        var amounts: [Int: (rows: [Int], texts: [String])] = [:]
        /// Column index → rows of names in capitals.
        var capitals: [Int: [Int]] = [:]
        var legacyColumns: Set<Int> = []
        /// Rows whose cells held invisible characters, taken out.
        var invisible: [Int] = []
        /// Column index → rows and texts of names, units or titles that have no letter (a number, a
        /// date, a formula's 0: columns shifted, a lookup that found nothing).
        var notNames: [Int: (rows: [Int], texts: [String])] = [:]
        /// Column index → rows and texts of names that carry a note ("(đã chuyển công tác)").
        var notedNames: [Int: (rows: [Int], texts: [String])] = [:]
        /// Column index → rows and texts of names that start with a title ("Ông", "Đ/c", "TS.").
        var titledNames: [Int: (rows: [Int], texts: [String])] = [:]
        /// Column index → rows and texts of names written all in lower case.
        var lowercaseNames: [Int: (rows: [Int], texts: [String])] = [:]
        /// Column index → rows and texts with a "?" inside a word: letters lost by a code page.
        var lostLetters: [Int: (rows: [Int], texts: [String])] = [:]
    }

    /// One record from a row. Throws when the row fills cells right of the header.
    func record(_ row: TableRow, path: String, notes: inout Notes,
                onWarning: (DataWarning) -> Void) throws(DataError) -> OrderedDictionary<String, Value> {
        if row.cells.count > width, let last = row.cells.lastIndex(where: { !$0.isBlank }), last >= width {
            throw .extraCells(path: path, row: row.row, cells: last + 1, columns: width)
        }
        var record = prototype
        var sawInvisible = false
        for (position, column) in map.columns.enumerated() {
            var raw = column.index < row.cells.count ? row.cells[column.index] : ""
            if column.span.count > 1 {
                raw = column.span.compactMap { $0 < row.cells.count && !row.cells[$0].isBlank ? row.cells[$0].trimmed : nil }
                    .joined(separator: " ")
            }
            // A legacy font first: TCVN3 writes ư as the byte of a soft hyphen.
            var (normalized, converted) = LegacyText.normalize(raw)
            if let converted, notes.legacyColumns.insert(column.index).inserted {
                onWarning(DataWarning(path: path, line: row.row, field: column.field, converted: converted))
            }
            if let visible = InvisibleCharacters.removed(from: normalized) {
                normalized = visible
                sawInvisible = true
            }
            // Calc keeps the apostrophe a clerk typed to make a number text ('0905…): Excel never shows it.
            if normalized.hasPrefix("'"), normalized.count > 1, !normalized.dropFirst().hasPrefix("'") {
                normalized.removeFirst()
            }
            // Ð (the Icelandic eth) typed for Đ: the same letter to the eye, another to a search.
            if normalized.unicodeScalars.contains(where: { $0.value == 0xD0 || $0.value == 0xF0 }) {
                var scalars = String.UnicodeScalarView()
                for scalar in normalized.unicodeScalars {
                    scalars.append(scalar.value == 0xD0 ? "Đ" : scalar.value == 0xF0 ? "đ" : scalar)
                }
                normalized = String(scalars)
            }
            // "Nguy?n Th? ?ào": a CSV saved in a code page without Vietnamese lost its letters.
            if column.kind == .name || Self.wordFields.contains(column.field), Self.hasLostLetters(normalized) {
                notes.lostLetters[column.index, default: ([], [])].rows.append(row.row)
                notes.lostLetters[column.index, default: ([], [])].texts.append(normalized)
            }
            let value = Self.value(normalized.trimmed, column: column, row: row.row, notes: &notes)
            let place = places[position]
            record.values[place.field] = value
            if let heading = place.heading { record.values[heading] = value }
        }
        if sawInvisible { notes.invisible.append(row.row) }
        return record
    }

    static func value(_ text: String, column: ColumnMap.Column, row: Int, notes: inout Notes) -> Value {
        if text.isEmpty { return .string("") }
        switch column.kind {
        case .money:
            if text.utf8.count <= 18, let value = UInt64(text) { return .number(Decimal(value), text: String(value)) }
            do {
                let amount = try Money.parseWhole(text)
                return .number(amount, text: NSDecimalNumber(decimal: amount).stringValue)
            } catch {
                notes.amounts[column.index, default: ([], [])].rows.append(row)
                notes.amounts[column.index, default: ([], [])].texts.append(text)
                return .string(text)
            }
        case .name:
            // A second line in a name cell (Alt+Enter) is a note ("Bác sĩ CKII"), not the name.
            if text.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                let oneLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).joined(separator: " / ")
                notes.notedNames[column.index, default: ([], [])].rows.append(row)
                notes.notedNames[column.index, default: ([], [])].texts.append(oneLine)
                return .string(Self.singleSpaced(oneLine))
            }
            let tidy = Self.singleSpaced(text)
            if isInCapitals(tidy) { notes.capitals[column.index, default: []].append(row) }
            if !hasLetter(tidy) {
                notes.notNames[column.index, default: ([], [])].rows.append(row)
                notes.notNames[column.index, default: ([], [])].texts.append(tidy)
            } else if tidy.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2,
                !tidy.unicodeScalars.contains(where: { $0.properties.isUppercase })
            {
                // "nguyễn thị đào": a name is never printed all in lower case.
                notes.lowercaseNames[column.index, default: ([], [])].rows.append(row)
                notes.lowercaseNames[column.index, default: ([], [])].texts.append(tidy)
            } else if Self.startsWithTitle(tidy) {
                notes.titledNames[column.index, default: ([], [])].rows.append(row)
                notes.titledNames[column.index, default: ([], [])].texts.append(tidy)
            } else if Self.carriesNote(tidy) {
                notes.notedNames[column.index, default: ([], [])].rows.append(row)
                notes.notedNames[column.index, default: ([], [])].texts.append(tidy)
            }
            return .string(tidy)
        case .date:
            return .string(ndDate(text) ?? text)
        case .number, .kind, .text:
            // A unit or a title with no letter ("0" of a lookup that found nothing) is no unit.
            if Self.wordFields.contains(column.field), !hasLetter(text) {
                notes.notNames[column.index, default: ([], [])].rows.append(row)
                notes.notNames[column.index, default: ([], [])].texts.append(text)
            }
            if let date = ndDate(text) { return .string(date) }
            if let number = wholeNumber(text) { return number }
            return .string(text)
        }
    }

    /// A "?" touching a letter ("Nguy?n", "?ào").
    static func hasLostLetters(_ text: String) -> Bool {
        guard text.contains("?") else { return false }
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "?" {
            let before = index > 0 && characters[index - 1].isLetter
            let after = index + 1 < characters.count && characters[index + 1].isLetter
            if before || after { return true }
        }
        return false
    }

    /// Fields whose value is words (a unit, a title): never a bare number.
    static let wordFields: Set<String> = ["chuc_vu", "don_vi"]

    static func hasLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Notes a clerk writes after a name, in brackets: the person moved, retired, withdrew.
    static let noteWords = ["chuyen", "nghi_huu", "huu_tri", "rut", "da_mat", "tu_tran", "khong_de_nghi", "thoi_viec",
                            "nghi_viec", "loai", "khong_khen", "ghi_chu", "luu_y", "da_", "dang_"]

    /// What a clerk may type before a name that the document says itself, or never: forms of
    /// address and academic titles.
    static let titles = ["Ông/Bà ", "Đ/c ", "Đ/c. ", "Đ/C ", "Đồng chí ", "Anh ", "Chị ", "Thầy ", "Cô ", "GS.", "GS ", "PGS.",
                         "PGS ", "TS.", "TS ", "ThS.", "ThS ", "BS.", "BS ", "BSCK", "DS.", "DS ", "KS.", "KS ", "CN.", "Lương y ",
                         "LY.", "ĐD.", "NHS."]

    /// The commonest family names: after "Ông" or "Bà" they show a form of address, not the
    /// family name Ông (Ông Ích Khiêm).
    static let familyNames: Set<String> = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                                           "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Mai", "Trịnh", "Lương", "Cao",
                                           "Đoàn", "Lâm", "Hà", "Tạ", "Tô", "Châu", "Trương", "Vương", "Phùng", "Thái", "Y",
                                           "Ksor", "Nay", "Rơ", "Siu", "Kpă", "Bdap", "Niê", "Mlô"]

    /// A name that starts with one of ``titles``.
    static func startsWithTitle(_ name: String) -> Bool {
        let lower = name.lowercased()
        if titles.contains(where: { lower.hasPrefix($0.lowercased()) && name.count > $0.count + 1 }) { return true }
        let words = name.split(separator: " ")
        guard words.count >= 3, ["ông", "bà"].contains(words[0].lowercased()) else { return false }
        return familyNames.contains(String(words[1])) || words[1].hasPrefix("H'")
    }

    /// Notes written after a name without brackets.
    static let bareNotes = ["da_chuyen", "chuyen_cong_tac", "nghi_huu", "huu_tri", "da_mat", "tu_tran", "thoi_viec", "nghi_viec",
                            "xin_rut", "da_rut", "khong_de_nghi"]

    /// A name followed by a note: in brackets ("(đã chuyển công tác)", "(x)", "(*)"), without them
    /// ("- nghỉ hưu"), or a mark ("Lê Thị Cúc *").
    static func carriesNote(_ name: String) -> Bool {
        if name.hasSuffix("*") || name.hasSuffix("(x)") || name.hasSuffix("(X)") || name.hasSuffix("(*)") { return true }
        let whole = "_" + FieldName.normalize(name) + "_"
        if bareNotes.contains(where: { whole.contains("_" + $0 + "_") }) { return true }
        guard let open = name.firstIndex(where: { $0 == "(" || $0 == "[" }) else { return false }
        let key = "_" + FieldName.normalize(String(name[open...])) + "_"
        return noteWords.contains { key.contains("_" + $0) }
    }

    /// Runs of spaces, tabs and no-break spaces made one space (the text is trimmed already).
    static func singleSpaced(_ text: String) -> String {
        var previousSpace = false
        var needed = false
        var previousByte: UInt8 = 0
        for byte in text.utf8 {
            let space = byte == 32
            if (space && previousSpace) || byte == 9 || (byte == 0xA0 && previousByte == 0xC2) { needed = true; break }
            previousSpace = space
            previousByte = byte
        }
        guard needed else { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }).joined(separator: " ")
    }

    /// `1989-10-02` (a spreadsheet's date cell, maybe with a time) → `02/10/1989`.
    static func ndDate(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.count >= 10, let first = utf8.first, first >= 48 && first <= 57 else { return nil }
        // `yyyy-mm-dd` is ASCII: its ten bytes are its ten characters.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        for byte in utf8.prefix(11) { bytes.append(byte) }
        let isDigit = { (index: Int) in bytes[index] >= 48 && bytes[index] <= 57 }
        guard bytes.count == 10 || bytes[10] == UInt8(ascii: "T"), bytes[4] == UInt8(ascii: "-"),
            bytes[7] == UInt8(ascii: "-"), [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy(isDigit)
        else { return nil }
        return String(decoding: bytes[8..<10] + [UInt8(ascii: "/")] + bytes[5..<7] + [UInt8(ascii: "/")] + bytes[0..<4],
                      as: UTF8.self)
    }

    /// Digits only (a number typed or stored as text) → a number that prints as written.
    static func wholeNumber(_ text: String) -> Value? {
        guard !text.isEmpty, text.utf8.count <= 18 else { return nil }
        var value: UInt64 = 0
        for byte in text.utf8 {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + UInt64(byte - 48)
        }
        return .number(Decimal(value), text: text)
    }

    /// Two letters or more, all capitals (`NGUYỄN VĂN AN`).
    static func isInCapitals(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
