/// One sheet of a workbook as Excel or Calc shows it to the clerk: its cells as displayed
/// (number formats applied), and what the clerk does not see or sees differently — rows hidden
/// by hand or by a filter, hidden columns, merged areas — and which rows total the ones above
/// with a SUM formula. The sheet readers fill it; ``VisibleSheet`` turns it into the rows that
/// are read.
struct SheetContent: Sendable {
    /// The sheet's name as its tab shows it.
    var name: String
    /// Whether the workbook hides the sheet (its tab is not shown).
    var isHidden = false
    /// Cell texts, row by row: `cells[0]` is row 1. Rows may be shorter than the sheet is wide.
    var cells: [[String]] = []
    /// Row numbers (1-based) the clerk has hidden by hand.
    var hiddenRows: Set<Int> = []
    /// Row numbers (1-based) a filter (Excel's AutoFilter, Calc's standard filter) hides.
    var filteredRows: Set<Int> = []
    /// Column indexes (0-based) hidden.
    var hiddenColumns: Set<Int> = []
    /// Areas of merged cells; the text is in the top-left cell.
    var merges: [MergedArea] = []
    /// Row numbers (1-based) with a cell whose formula sums cells (`=SUM(…)`, `=SUBTOTAL(…)`).
    var sumRows: Set<Int> = []
    /// Row numbers (1-based) with a filled cell struck through (a clerk's way of taking a row out).
    var struckRows: Set<Int> = []
}

/// Cells merged into one (Excel's Merge & Center): rows `top...bottom` (1-based), columns
/// `left...right` (0-based).
struct MergedArea: Sendable, Equatable {
    var top: Int
    var bottom: Int
    var left: Int
    var right: Int

    /// `B3:C4` → rows 3–4, columns 1–2; `nil` for anything else.
    init?(reference: String) {
        let corners = reference.split(separator: ":")
        guard corners.count == 2, let start = Self.cell(corners[0]), let end = Self.cell(corners[1]) else { return nil }
        top = min(start.row, end.row)
        bottom = max(start.row, end.row)
        left = min(start.column, end.column)
        right = max(start.column, end.column)
    }

    /// The area between two corners, in either order.
    init(top: Int, bottom: Int, left: Int, right: Int) {
        self.top = min(top, bottom)
        self.bottom = max(top, bottom)
        self.left = min(left, right)
        self.right = max(left, right)
    }

    /// Whether the area covers row `row` (1-based) and column `column` (0-based).
    func covers(row: Int, column: Int) -> Bool {
        (top...bottom).contains(row) && (left...right).contains(column)
    }

    /// Spans more than one column.
    var isWide: Bool { right > left }
    /// Spans more than one row.
    var isTall: Bool { bottom > top }

    private static func cell(_ reference: Substring) -> (row: Int, column: Int)? {
        let text = reference.filter { $0 != "$" }[...]
        let letters = text.prefix { ("A"..."Z").contains($0) }
        guard let column = XLSXSheet.columnIndex(String(letters)),
            let row = Int(text.dropFirst(letters.count)), row >= 1
        else { return nil }
        return (row, column)
    }
}
