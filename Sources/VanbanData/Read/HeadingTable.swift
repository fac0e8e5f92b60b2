import Foundation

/// The usual column headings of Vietnamese lists and the field each fills (`Họ và tên`,
/// `Họ tên`, `HỌ VÀ TÊN` → `ho_ten`), with what kind of value the field holds. The table vanban
/// carries, ``bundled``, is written out in `HeadingTable+Bundled.swift`.
public struct HeadingTable: Sendable {
    /// What a field holds, which decides how its cells are read.
    public enum Kind: String, Sendable {
        /// A person's or a collective's name: spaces tidied, names in capitals reported.
        case name
        /// Whole đồng (`25.000`, `25,000`, `25 000`, `25000`).
        case money
        /// A date: a spreadsheet's date cell printed `02/10/1989`.
        case date
        /// A number.
        case number
        /// Tập thể or Cá nhân.
        case kind
        /// Anything else.
        case text
    }

    /// A field the table knows.
    public struct Entry: Sendable {
        /// The field name (`ho_ten`).
        public let field: String
        /// The usual heading (`Họ và tên`), for messages.
        public let label: String
        /// What the field holds.
        public let kind: Kind
        /// The headings that fill it, as a clerk writes them.
        public let headings: [String]
    }

    /// The fields, in the table's order.
    public let entries: [Entry]
    /// Normalised heading → entry index.
    private let byHeading: [String: Int]
    /// Field → entry index.
    private let byField: [String: Int]

    /// A table of `entries`; the first entry naming a heading wins.
    public init(entries: [Entry]) {
        self.entries = entries
        var byHeading: [String: Int] = [:]
        var byField: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            byField[entry.field] = index
            for heading in entry.headings + [entry.field] where byHeading[FieldName.normalize(heading)] == nil {
                byHeading[FieldName.normalize(heading)] = index
            }
        }
        self.byHeading = byHeading
        self.byField = byField
    }

    /// The entry a heading as written belongs to: its normalised form, or that form without a
    /// part in brackets (`Số tiền (đ)` → `so_tien`).
    public func entry(heading: String) -> Entry? {
        if let index = byHeading[FieldName.normalize(heading)] { return entries[index] }
        // Most cells have no bracket: no second pass over their characters.
        guard heading.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) else { return nil }
        let bare = Self.withoutBrackets(heading)
        if bare != heading, !bare.isBlank, let index = byHeading[FieldName.normalize(bare)] { return entries[index] }
        return nil
    }

    /// The entry of a field name.
    public func entry(field: String) -> Entry? {
        byField[field].map { entries[$0] }
    }

    static func withoutBrackets(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" || character == "[" { depth += 1; continue }
            if character == ")" || character == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }
}
