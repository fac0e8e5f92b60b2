import Foundation
import OrderedCollections
import VanbanRules

/// Walks the records of a ``RecordList`` one at a time, each with its row. Rows above the
/// header and the numbering row, blank rows, "Tổng cộng" rows, repeated header rows and the
/// signature block with what is under it are passed over. Errors are thrown: bad bytes, an
/// unclosed quote or a row wider than the header at once; amounts that are not whole đồng
/// together, all their rows in one error, when the end is reached.
public struct ListReader {
    enum Source {
        case csv(CSVTable.Rows)
        case rows([TableRow])
        case items([Value])
    }

    private let source: Source
    /// The CSV rows walked, kept apart from `source` so that they are changed in place.
    private var csv: CSVTable.Rows?
    private var position = 0
    private let header: HeaderRow?
    private let skipThrough: Int
    private let path: String
    private let common: OrderedDictionary<String, Value>?
    private let onWarning: (DataWarning) -> Void
    private var notes = HeaderRow.Notes()
    private var signatureRow: Int?
    private var finished = false
    /// Rows whose formula sums the rows above.
    private let sumRows: Set<Int>
    /// Rows shown struck through, and those of them that are records.
    private let struckRows: Set<Int>
    private var struckRecords: [Int] = []
    /// Row → columns a merged cell above gave; rows whose name is such a copy.
    private let mergedDown: [Int: Set<Int>]
    private var nameOverRows: [Int] = []
    /// Fields the template prints for every record.
    private let required: Set<String>
    /// What the list says before its first record (the sheet read, rows hidden).
    private var pendingNotes: [DataWarning]
    /// The section the rows are in, and the rows left out as sections or totals.
    private var section: SectionRow?
    private var leftOut: [DataWarning.LeftOutReason: [Int]] = [:]
    /// Money column index → sum of the records since the start, and since the last section.
    private var sums: [Int: (all: Decimal, section: Decimal)] = [:]
    /// Column index → rows whose cell is empty though the template prints it for everyone.
    private var emptyCells: [Int: [Int]] = [:]
    /// Rows with values but no name.
    private var unnamed: [Int] = []
    /// Rows whose Giới tính is neither Nam nor Nữ (nor Ông, Bà), and rows where it contradicts the name.
    private var unknownGenders: [(row: Int, text: String)] = []
    private var contradictedGenders: [(row: Int, text: String)] = []
    /// Whether the row before was a repeated header (a numbering row may follow it).
    private var afterRepeatedHeader = false
    /// Rows under a section that takes them out ("III. DỰ PHÒNG"), by its heading.
    private var excludedRows: [(heading: String, rows: [Int])] = []
    /// Rows whose own Đối tượng is not their section's.
    private var contradicting: [(row: Int, kind: String, section: String)] = []
    /// The columns each record is looked at for: money (summed), the name, the fields required.
    private let watched: [ColumnMap.Column]

    init(source: Source, header: HeaderRow?, skipThrough: Int, path: String,
         common: OrderedDictionary<String, Value>?, sumRows: Set<Int> = [], struckRows: Set<Int> = [],
         mergedDown: [Int: Set<Int>] = [:],
         required: Set<String> = [],
         notes: [DataWarning] = [], onWarning: @escaping (DataWarning) -> Void) {
        self.source = source
        if case .csv(let rows) = source { csv = rows }
        self.header = header
        self.skipThrough = skipThrough
        self.path = path
        self.common = common
        self.sumRows = sumRows
        self.struckRows = struckRows
        self.mergedDown = mergedDown
        self.required = required
        self.pendingNotes = notes
        self.onWarning = onWarning
        watched = header?.map.columns.filter {
            $0.kind == .money || $0.field == "ho_ten" || $0.field == "gioi_tinh" || required.contains($0.field)
        } ?? []
    }

    /// The next record, or `nil` after the last.
    public mutating func next() throws(DataError) -> ListRecord? {
        guard !finished else { return nil }
        if case .items(let items) = source {
            guard position < items.count else { return try finish() }
            position += 1
            return ListRecord(row: position, value: merged(items[position - 1]))
        }
        guard let header else { return try finish() }
        if !pendingNotes.isEmpty {
            pendingNotes.forEach(onWarning)
            pendingNotes = []
        }
        while let row = try nextRow() {
            if row.row <= skipThrough || row.isBlank { continue }
            if let signatureRow {
                if looksLikeRecord(row, header: header) {
                    throw .recordBelowSignature(path: path, row: row.row, signatureRow: signatureRow)
                }
                continue
            }
            if HeaderDetection.isSignatureRow(row) {
                signatureRow = row.row
                continue
            }
            // A numbering row is one only under the header (or a header repeated on a new page):
            // elsewhere, a row of short values is a record.
            let wasAfterHeader = afterRepeatedHeader
            afterRepeatedHeader = false
            if header.isRepeated(in: row) {
                afterRepeatedHeader = true
                continue
            }
            if wasAfterHeader, HeaderDetection.isNumberingRow(row) { continue }
            if HeaderDetection.isTotalRow(row) || sumRows.contains(row.row) || isUnlabelledTotal(row, header: header) {
                leftOut[.total, default: []].append(row.row)
                continue
            }
            if let opened = SectionRow(row) {
                section = opened
                for key in sums.keys { sums[key]?.section = 0 }
                leftOut[.section, default: []].append(row.row)
                continue
            }
            // A row numbered in advance and left empty (a form of 100 numbered rows): no record.
            if isNumberOnly(row, header: header) {
                leftOut[.numberOnly, default: []].append(row.row)
                continue
            }
            if struckRows.contains(row.row) { struckRecords.append(row.row) }
            // A name merged down over several rows: one person written over them, not several.
            if let copied = mergedDown[row.row], let name = header.map.column(for: "ho_ten"),
                name.span.contains(where: copied.contains)
            {
                nameOverRows.append(row.row)
            }
            var fields = try header.record(row, path: path, notes: &notes, onWarning: onWarning)
            if let section, let heading = section.excluding {
                if let last = excludedRows.indices.last, excludedRows[last].heading == heading {
                    excludedRows[last].rows.append(row.row)
                } else {
                    excludedRows.append((heading, [row.row]))
                }
            }
            if let kind = section?.kind, let own = fields["doi_tuong"]?.text, !own.isBlank,
                let ownKind = SectionRow.kind(of: own), ownKind != kind
            {
                contradicting.append((row.row, own, kind))
            }
            fields = placed(fields, in: section, header: header)
            note(fields, row: row.row, header: header)
            return ListRecord(row: row.row, value: merged(.object(fields)))
        }
        return try finish()
    }

    /// The record with what its section gives: its kind where no column says it, its group.
    private func placed(_ fields: OrderedDictionary<String, Value>, in section: SectionRow?,
                        header: HeaderRow) -> OrderedDictionary<String, Value> {
        guard let section else { return fields }
        var fields = fields
        if let kind = section.kind, (fields["doi_tuong"]?.text ?? "").isBlank { fields["doi_tuong"] = .string(kind) }
        if let group = section.group {
            fields["nhom"] = .string(group)
            if header.map.column(for: "don_vi") == nil || (fields["don_vi"]?.text ?? "").isBlank {
                fields["don_vi"] = .string(group)
            }
        }
        return fields
    }

    /// What a record adds to the checks made at the end: sums of money, empty cells, a missing name.
    private mutating func note(_ fields: OrderedDictionary<String, Value>, row: Int, header: HeaderRow) {
        for column in watched {
            let value = fields[column.field]
            if column.kind == .money, case .number(let amount, _)? = value {
                sums[column.index, default: (0, 0)].all += amount
                sums[column.index, default: (0, 0)].section += amount
                continue
            }
            if column.field == "gioi_tinh", let text = value?.text, !text.isBlank {
                guard let honorific = try? PersonName.honorific(gender: text) else {
                    unknownGenders.append((row, text))
                    continue
                }
                // "Thị" names a woman, "Văn" a man: a Giới tính sorted apart from its names says the other.
                let words = (fields["ho_ten"]?.text ?? "").split(separator: " ").dropFirst().dropLast()
                if (honorific == "Ông" && words.contains("Thị")) || (honorific == "Bà" && words.contains("Văn")) {
                    contradictedGenders.append((row, "\(text) — \(fields["ho_ten"]?.text ?? "")"))
                }
                continue
            }
            guard (value?.text ?? "").isBlank else { continue }
            if column.field == "ho_ten" {
                unnamed.append(row)
            } else if required.contains(column.field) {
                emptyCells[column.index, default: []].append(row)
            }
        }
    }

    /// A row whose only filled cells are numbers in the STT column.
    private func isNumberOnly(_ row: TableRow, header: HeaderRow) -> Bool {
        guard let stt = header.map.column(for: "stt") else { return false }
        for (index, cell) in row.cells.enumerated() where !cell.isBlank {
            guard index == stt.index, HeaderRow.wholeNumber(cell.trimmed) != nil else { return false }
        }
        return true
    }

    /// A row with money but no name whose amounts are each the sum of the rows above (since the
    /// list's start, or its section's).
    private func isUnlabelledTotal(_ row: TableRow, header: HeaderRow) -> Bool {
        guard let name = header.map.column(for: "ho_ten") else { return false }
        let nameCells = name.span.map { $0 < row.cells.count ? row.cells[$0] : "" }
        guard nameCells.allSatisfy(\.isBlank) else { return false }
        var sawAmount = false
        for column in header.map.columns where column.kind == .money {
            guard column.index < row.cells.count, !row.cells[column.index].isBlank else { continue }
            guard let amount = try? Money.parseWhole(row.cells[column.index].trimmed), let sum = sums[column.index],
                amount == sum.all || amount == sum.section
            else { return false }
            sawAmount = true
        }
        return sawAmount
    }

    private mutating func nextRow() throws(DataError) -> TableRow? {
        switch source {
        case .csv:
            return try csv?.next()
        case .rows(let rows):
            guard position < rows.count else { return nil }
            position += 1
            return rows[position - 1]
        case .items:
            return nil
        }
    }

    /// A row under the signature block with a number in its STT column and something else filled.
    private func looksLikeRecord(_ row: TableRow, header: HeaderRow) -> Bool {
        guard let stt = header.map.column(for: "stt"), stt.index < row.cells.count,
            HeaderRow.wholeNumber(row.cells[stt.index].trimmed) != nil
        else { return false }
        return row.filled.count >= 2
    }

    /// The record over the common fields. A column's empty cell stays empty: the common data's
    /// value (often a sample, or another person's) is never printed for this record.
    private func merged(_ record: Value) -> Value {
        guard let common, case .object(let own) = record else { return record }
        return .object(common.merging(own) { _, mine in mine })
    }

    /// At the end: the warning on names in capitals, the error on unreadable amounts.
    private mutating func finish() throws(DataError) -> ListRecord? {
        finished = true
        guard let header else { return nil }
        if !pendingNotes.isEmpty {
            pendingNotes.forEach(onWarning)
            pendingNotes = []
        }
        for reason in [DataWarning.LeftOutReason.section, .total, .numberOnly] {
            if let rows = leftOut[reason] {
                onWarning(DataWarning(path: path, line: rows[0], field: "", kind: .rowsLeftOut(reason, rows: rows)))
            }
        }
        if !notes.invisible.isEmpty {
            onWarning(DataWarning(path: path, line: notes.invisible[0], field: "", kind: .invisibleCharacters(rows: notes.invisible)))
        }
        for column in header.map.columns {
            if let rows = notes.capitals[column.index] {
                onWarning(DataWarning(path: path, line: rows[0], field: column.field,
                                      kind: .capitalNames(heading: column.heading, rows: rows)))
            }
        }
        var errors: [DataError] = header.map.columns.compactMap { column in
            notes.amounts[column.index].map { .unreadableAmounts(path: path, heading: column.heading, rows: $0.rows, texts: $0.texts) }
        }
        if !struckRecords.isEmpty { errors.append(.struckRows(path: path, rows: struckRecords)) }
        if !contradictedGenders.isEmpty, let column = header.map.column(for: "gioi_tinh") {
            errors.append(.genderContradictsName(path: path, heading: column.heading, rows: contradictedGenders.map(\.row),
                                                 texts: contradictedGenders.map(\.text)))
        }
        if !unknownGenders.isEmpty, let column = header.map.column(for: "gioi_tinh") {
            errors.append(.unknownGenders(path: path, heading: column.heading, rows: unknownGenders.map(\.row),
                                          texts: unknownGenders.map(\.text)))
        }
        if !nameOverRows.isEmpty, let name = header.map.column(for: "ho_ten") {
            errors.append(.nameMergedOverRows(path: path, heading: name.heading, rows: nameOverRows))
        }
        for column in header.map.columns {
            if let found = notes.notNames[column.index] {
                errors.append(.notNames(path: path, heading: column.heading, rows: found.rows, texts: found.texts))
            }
            if let found = notes.lowercaseNames[column.index] {
                errors.append(.lowercaseNames(path: path, heading: column.heading, rows: found.rows, texts: found.texts))
            }
            if let found = notes.lostLetters[column.index] {
                errors.append(.lostLetters(path: path, heading: column.heading, rows: found.rows, texts: found.texts))
            }
            if let found = notes.titledNames[column.index] {
                errors.append(.titlesInNames(path: path, heading: column.heading, rows: found.rows, texts: found.texts))
            }
            if let found = notes.notedNames[column.index] {
                errors.append(.notesInNames(path: path, heading: column.heading, rows: found.rows, texts: found.texts))
            }
        }
        for (heading, rows) in excludedRows {
            errors.append(.rowsUnderExcludedSection(path: path, section: heading, rows: rows))
        }
        if !contradicting.isEmpty {
            errors.append(.kindContradictsSection(path: path, rows: contradicting.map(\.row), kinds: contradicting.map(\.kind),
                                                  sections: contradicting.map(\.section)))
        }
        if !unnamed.isEmpty, let name = header.map.column(for: "ho_ten") {
            errors.append(.missingNames(path: path, heading: name.heading, rows: unnamed))
        }
        for column in header.map.columns {
            if let rows = emptyCells[column.index] {
                errors.append(.emptyCells(path: path, heading: column.heading, field: column.field, rows: rows))
            }
        }
        if errors.count == 1 { throw errors[0] }
        if errors.count > 1 { throw .several(errors) }
        return nil
    }
}
