import OrderedCollections
import VanbanRules

/// A table's header row made into field names, and its rows into records: every cell NFC,
/// legacy-font cells converted (each converted column reported once).
struct HeaderRow: Sendable {
    /// The headers as written (legacy fonts converted).
    let headers: [String]
    /// Unique field names, in column order (`ho_va_ten`, `ho_va_ten_2` for a repeated header).
    let fields: [String]

    init(_ cells: [String]) {
        headers = cells.map { LegacyText.normalize($0.trimmingCharacters(in: .whitespaces)).text }
        var names: [String] = []
        for header in headers {
            let base = FieldName.normalize(header)
            var name = base
            var counter = 2
            while names.contains(name) {
                name = "\(base)_\(counter)"
                counter += 1
            }
            names.append(name)
        }
        fields = names
    }

    /// One record from a row's cells; missing cells are empty.
    func record(_ cells: [String], row: Int, path: String, warned: inout Set<String>,
                onWarning: (DataWarning) -> Void) -> Value {
        var record = OrderedDictionary<String, Value>()
        for (index, name) in fields.enumerated() {
            let (text, converted) = LegacyText.normalize(index < cells.count ? cells[index] : "")
            if let converted, warned.insert(name).inserted {
                onWarning(DataWarning(path: path, line: row, field: name, converted: converted))
            }
            record[name] = .string(text)
        }
        return .object(record)
    }
}
