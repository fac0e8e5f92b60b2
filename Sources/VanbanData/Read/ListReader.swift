import OrderedCollections

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

    init(source: Source, header: HeaderRow?, skipThrough: Int, path: String,
         common: OrderedDictionary<String, Value>?, onWarning: @escaping (DataWarning) -> Void) {
        self.source = source
        if case .csv(let rows) = source { csv = rows }
        self.header = header
        self.skipThrough = skipThrough
        self.path = path
        self.common = common
        self.onWarning = onWarning
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
            if HeaderDetection.isTotalRow(row) || header.isRepeated(in: row) || HeaderDetection.isNumberingRow(row) { continue }
            let fields = try header.record(row, path: path, notes: &notes, onWarning: onWarning)
            return ListRecord(row: row.row, value: merged(.object(fields)))
        }
        return try finish()
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

    private func merged(_ record: Value) -> Value {
        guard let common, case .object(let own) = record else { return record }
        return .object(common.merging(own) { _, mine in mine })
    }

    /// At the end: the warning on names in capitals, the error on unreadable amounts.
    private mutating func finish() throws(DataError) -> ListRecord? {
        finished = true
        guard let header else { return nil }
        for column in header.map.columns {
            if let rows = notes.capitals[column.index] {
                onWarning(DataWarning(path: path, line: rows[0], field: column.field,
                                      kind: .capitalNames(heading: column.heading, rows: rows)))
            }
        }
        let errors: [DataError] = header.map.columns.compactMap { column in
            notes.amounts[column.index].map { .unreadableAmounts(path: path, heading: column.heading, rows: $0.rows, texts: $0.texts) }
        }
        if errors.count == 1 { throw errors[0] }
        if errors.count > 1 { throw .several(errors) }
        return nil
    }
}
