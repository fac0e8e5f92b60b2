/// The header of a list as clerks make it in Excel: one row, or two or three rows whose cells are
/// merged — a parent heading over its sub-headings ("Khen thưởng" over "Hình thức" | "Số tiền"),
/// headings merged down over the rows of the band ("STT", "Họ và tên"), a heading merged across
/// the columns it covers ("Họ và tên" over họ đệm | tên, whose values are joined). Found from
/// the row ``HeaderDetection`` chose and the sheet's merged areas.
struct HeaderBand: Sendable, Equatable {
    /// The header's row numbers, first to last.
    let rows: [Int]
    /// Each column's heading: the lowest text over it; a joined group's heading on its first column,
    /// empty on the others.
    let headings: [String]
    /// First column → every column of a heading merged across columns, whose values are joined
    /// with one space in column order.
    let joined: [Int: [Int]]

    /// The most rows one header takes.
    static let maxRows = 3

    /// A one-row header (a CSV file's, or a sheet without merged headings).
    init(row: TableRow) {
        self.init(rows: [row.row], headings: row.cells, joined: [:])
    }

    private init(rows: [Int], headings: [String], joined: [Int: [Int]]) {
        self.rows = rows
        self.headings = headings
        self.joined = joined
    }

    /// The header around `rows[index]`, given the sheet's merged areas. `knownField` tells the field
    /// a heading fills (an expected field or a usual heading), `nil` for a heading no one knows.
    init(rows sheetRows: [TableRow], index: Int, merges: [MergedArea], knownField: (String) -> String?) {
        let chosen = sheetRows[index]
        guard !merges.isEmpty else {
            self.init(row: chosen)
            return
        }
        var top = chosen.row
        var bottom = chosen.row
        // Merged areas reaching out of the band take it with them (headings merged down).
        for _ in 0..<Self.maxRows {
            for area in merges where area.top <= bottom && area.bottom >= top && (area.top < top || area.bottom > bottom) {
                if max(bottom, area.bottom) - min(top, area.top) < Self.maxRows {
                    top = min(top, area.top)
                    bottom = max(bottom, area.bottom)
                }
            }
        }
        let byNumber = Dictionary(sheetRows.map { ($0.row, $0) }, uniquingKeysWith: { first, _ in first })
        func text(_ row: Int, _ column: Int) -> String {
            guard let cells = byNumber[row]?.cells, column < cells.count else { return "" }
            return cells[column].trimmed
        }
        // A parent heading merged across some of the columns just above, over texts of the band
        // (never a title over the whole table: the band has texts outside it too).
        let chosenColumns = chosen.cells.indices.filter { !chosen.cells[$0].isBlank }
        if bottom - top < Self.maxRows - 1,
            let parent = merges.first(where: { area in
                area.isWide && area.bottom == top - 1 && !area.isTall
                    && chosenColumns.contains { area.left...area.right ~= $0 }
                    && chosenColumns.contains { !(area.left...area.right ~= $0) }
            }),
            !text(parent.top, parent.left).isEmpty
        {
            top = parent.top
        }
        // Sub-headings just below a heading merged across columns, when they are words, not data.
        if bottom - top < Self.maxRows - 1,
            let parent = merges.first(where: { $0.isWide && $0.bottom == bottom && $0.top >= top }),
            let below = byNumber[bottom + 1], !HeaderDetection.isNumberingRow(below)
        {
            let under = (parent.left...parent.right).map { text(bottom + 1, $0) }
            let words = under.filter { !$0.isEmpty && !HeaderDetection.isNumberLike($0) }
            // Outside the merged heading, the row below holds nothing but what a heading merged down put there.
            let outside = (0..<below.cells.count).filter { !(parent.left...parent.right).contains($0) }
            if words.count >= 2, words.allSatisfy({ $0.count <= 40 }), under.filter({ !$0.isEmpty }).count == words.count,
                outside.allSatisfy({ below.cells[$0].isBlank || below.cells[$0].trimmed == text(bottom, $0) })
            {
                bottom += 1
            }
        }
        let bandRows = (top...bottom).filter { byNumber[$0] != nil }
        let width = bandRows.map { byNumber[$0]?.cells.count ?? 0 }.max() ?? 0
        let inBand = merges.filter { $0.top >= top && $0.bottom <= bottom }
        // The text each cell of the band shows: a merged area's in every cell it covers.
        func shown(_ row: Int, _ column: Int) -> (text: String, area: MergedArea?) {
            if let area = inBand.first(where: { $0.covers(row: row, column: column) }) {
                return (text(area.top, area.left), area)
            }
            return (text(row, column), nil)
        }
        var leaves: [String] = []
        for column in 0..<width {
            let texts = bandRows.map { shown($0, column).text }.filter { !$0.isEmpty }
            leaves.append(texts.last ?? "")
        }
        var headings = leaves
        var joined: [Int: [Int]] = [:]
        var grouped: Set<Int> = []
        for area in inBand.filter(\.isWide).sorted(by: { $0.top < $1.top }) where !grouped.contains(area.left) {
            let parent = text(area.top, area.left)
            guard !parent.isEmpty else { continue }
            let columns = Array(area.left...min(area.right, max(width - 1, area.left)))
            // Sub-headings: the lowest texts under the merged heading that are not the heading itself.
            let subHeadings = columns.map { leaves.indices.contains($0) ? leaves[$0] : "" }.filter { !$0.isEmpty && $0 != parent }
            // Joined under the parent: words only (a name in parts, never amounts or numbers), and
            // only sub-headings that say nothing else ("Họ đệm" | "Tên" under "Họ và tên").
            let parentField = knownField(parent)
            let parentKind = parentField.flatMap { HeadingTable.bundled.entry(field: $0)?.kind } ?? .text
            let joins = (parentKind == .name || parentKind == .text)
                && (subHeadings.isEmpty
                    || (parentField != nil && subHeadings.allSatisfy { knownField($0) == nil || knownField($0) == parentField }))
            guard joins else { continue }
            for column in columns { headings[column] = column == area.left ? parent : "" }
            joined[area.left] = columns
            grouped.formUnion(columns)
        }
        self.init(rows: bandRows, headings: headings, joined: joined)
    }

    /// The last header row's number.
    var lastRow: Int { rows.last ?? 0 }
}
