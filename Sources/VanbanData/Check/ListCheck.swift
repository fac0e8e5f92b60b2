/// Checks of a list against the fields a template uses, before anything is rendered: one
/// error per field no column fills, with the number of records it hits and the closest column.
public enum ListCheck {
    /// The fields of `expected` that neither a column of `list` nor `common` fills, one
    /// ``DataError/missingColumn(path:sheet:field:label:records:nearest:)`` each. Counts the records.
    public static func missingColumns(in list: RecordList, expected: [String], common: Value? = nil,
                                      table: HeadingTable = .bundled) throws(DataError) -> [DataError] {
        guard let columns = list.columns else { return [] }
        let derived = Set(list.derivedFields)
        let missing = columns.missingFields(expected: expected).filter { common?[$0] == nil && !derived.contains($0) }
        guard !missing.isEmpty else { return [] }
        var reader = try list.reader()
        var records = 0
        while try reader.next() != nil { records += 1 }
        return missing.map { field in
            .missingColumn(path: list.url.relativePath, sheet: list.sheetCount > 1 ? list.sheet : nil, field: field, label: table.entry(field: field)?.label,
                           records: records, nearest: columns.nearestColumn(for: field, expected: expected, table: table)?.heading)
        }
    }
}
