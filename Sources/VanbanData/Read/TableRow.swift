/// One row of a table as the clerk sees it: its number (the row number Excel or Calc shows,
/// 1-based; a CSV's rows counted the same way, a quoted line break staying in its row) and its
/// cells as text, NFC.
public struct TableRow: Equatable, Sendable {
    /// The 1-based row number.
    public let row: Int
    /// The cells, in column order.
    public let cells: [String]

    /// A row numbered `row` holding `cells`.
    public init(row: Int, cells: [String]) {
        self.row = row
        self.cells = cells
    }

    /// True when every cell is empty or spaces.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }

    /// The cells that hold something.
    var filled: [String] { cells.filter { !$0.isBlank } }
}

extension String {
    /// Empty, or only spaces, tabs and no-break spaces.
    var isBlank: Bool { utf8.isEmpty || unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" || $0 == "\n" } }

    /// Without surrounding spaces (no-break spaces and line breaks too).
    var trimmed: String {
        let spaces: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 13 || $0 == 10 || $0 == 0xC2 || $0 == 0xA0 }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !spaces(first) && !spaces(last) { return self }
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" || $0 == "\n" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
