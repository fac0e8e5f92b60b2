/// A sheet made into the rows the clerk sees: rows hidden by hand or by a filter taken out (and
/// remembered, to say so), hidden columns emptied, and the text of cells merged down a column
/// (a unit's name over its three people) in every row the merge covers, as Excel shows it.
struct VisibleSheet: Sendable {
    /// The sheet's name.
    let name: String
    /// The rows shown, in order, numbered as the spreadsheet numbers them.
    let rows: [TableRow]
    /// Row numbers with something in them that the clerk hid by hand.
    let hiddenRows: [Int]
    /// Row numbers with something in them that a filter hides.
    let filteredRows: [Int]
    /// The sheet's merged areas.
    let merges: [MergedArea]
    /// Rows with a formula that sums the rows above.
    let sumRows: Set<Int>
    /// Rows shown with a cell struck through.
    let struckRows: Set<Int>
    /// Row → the columns whose text was copied down from a merged cell above.
    let mergedDown: [Int: Set<Int>]

    init(_ content: SheetContent) {
        name = content.name
        merges = content.merges
        sumRows = content.sumRows
        struckRows = content.struckRows.subtracting(content.hiddenRows).subtracting(content.filteredRows)
        var cells = content.cells
        var copied: [Int: Set<Int>] = [:]
        // Merged down a column: the top cell's text in each row below it (its left column only;
        // a row's text merged across columns stays in its first cell).
        for area in content.merges where area.isTall && area.top >= 1 && area.top <= cells.count {
            let top = cells[area.top - 1]
            guard area.left < top.count, !top[area.left].isBlank, area.top < min(area.bottom, cells.count) else { continue }
            for number in (area.top + 1)...min(area.bottom, cells.count) {
                while cells[number - 1].count <= area.left { cells[number - 1].append("") }
                if cells[number - 1][area.left].isBlank {
                    cells[number - 1][area.left] = top[area.left]
                    copied[number, default: []].insert(area.left)
                }
            }
        }
        var shown: [TableRow] = []
        var hidden: [Int] = []
        var filtered: [Int] = []
        shown.reserveCapacity(cells.count)
        for (offset, var row) in cells.enumerated() {
            let number = offset + 1
            for column in content.hiddenColumns where column < row.count { row[column] = "" }
            let isBlank = row.allSatisfy(\.isBlank)
            if content.filteredRows.contains(number) {
                if !isBlank { filtered.append(number) }
                continue
            }
            if content.hiddenRows.contains(number) {
                if !isBlank { hidden.append(number) }
                continue
            }
            shown.append(TableRow(row: number, cells: row))
        }
        rows = shown
        mergedDown = copied
        hiddenRows = hidden
        filteredRows = filtered
    }
}
