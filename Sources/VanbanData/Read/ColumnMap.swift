/// Which field each column of a list fills, for the records and for the preview: by hand
/// (`--cot ho_ten="Họ và tên khai sinh"`), else the field the template expects under that
/// name, else the ``HeadingTable``, else the heading made a field name (``FieldName``).
public struct ColumnMap: Equatable, Sendable {
    /// How a column's field was chosen.
    public enum Source: String, Equatable, Sendable {
        /// Set by hand.
        case manual
        /// The heading is the name of an expected field.
        case expected
        /// The heading is in the table of usual headings.
        case table
        /// The heading made a field name, no one knowing it.
        case heading
    }

    /// A column and its field.
    public struct Column: Equatable, Sendable {
        /// 0-based position.
        public let index: Int
        /// The heading as written (NFC, spaces trimmed).
        public let heading: String
        /// The field the column fills.
        public let field: String
        /// How the field was chosen.
        public let source: Source
        /// How its cells are read.
        public let kind: HeadingTable.Kind
        /// The columns whose values make the field: `[index]`, or every column a heading merged
        /// across covers (their values joined with one space, in column order).
        public var span: [Int] = []

        /// The spreadsheet letter of the column (`A`, `AB`).
        public var letter: String { ColumnMap.letter(of: index) }
    }

    /// The spreadsheet letter of the column at `index` (0 → `A`, 27 → `AB`).
    public static func letter(of index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// The columns with a heading, in order (columns with neither heading nor field are left out).
    public let columns: [Column]

    /// Maps `headings`. `expected`: the fields the template uses (empty when unknown); `manual`:
    /// field → heading as written, which must be one of `headings`.
    /// `joined`: first column → the columns a heading merged across covers. `reserved`: fields the
    /// list may not fill (the common data gives them for the whole document): a column that would
    /// fill one fills `<field>_danh_sach` instead.
    public init(headings: [String], expected: [String] = [], manual: [String: String] = [:],
                table: HeadingTable = .bundled, path: String = "", joined: [Int: [Int]] = [:],
                reserved: Set<String> = []) throws(DataError) {
        let trimmed = headings.map(\.trimmed)
        let normalized = trimmed.map { FieldName.normalize($0) }
        var chosen: [Int: (String, Source)] = [:]
        for (field, heading) in manual.sorted(by: { $0.key < $1.key }) {
            let key = FieldName.normalize(heading.trimmed.precomposedStringWithCanonicalMapping)
            guard let index = trimmed.indices.first(where: {
                trimmed[$0] == heading.trimmed.precomposedStringWithCanonicalMapping || (normalized[$0] == key && !trimmed[$0].isEmpty)
            }) else {
                throw .unknownHeading(path: path, field: field, heading: heading, headings: trimmed)
            }
            chosen[index] = (field, .manual)
        }
        let expectedSet = Set(expected)
        // An expected field the table knows: `ho_va_ten` in a template is the table's `ho_ten`.
        var expectedByTableField: [String: String] = [:]
        for field in expected {
            if let entry = table.entry(heading: field), !expectedSet.contains(entry.field) || entry.field == field {
                if expectedByTableField[entry.field] == nil { expectedByTableField[entry.field] = field }
            }
        }
        var used = Set(chosen.values.map(\.0))
        var result: [Column] = []
        for index in trimmed.indices {
            let heading = trimmed[index]
            let entry = table.entry(heading: heading)
            var field: String
            var source: Source
            if let (manualField, manualSource) = chosen[index] {
                (field, source) = (manualField, manualSource)
            } else if heading.isEmpty {
                continue
            } else if expectedSet.contains(normalized[index]) && !used.contains(normalized[index]) {
                (field, source) = (normalized[index], .expected)
            } else if let entry, let wanted = expectedByTableField[entry.field], !used.contains(wanted) {
                (field, source) = (wanted, wanted == entry.field ? .table : .expected)
            } else if let entry, !used.contains(entry.field) {
                (field, source) = (entry.field, .table)
            } else {
                var name = normalized[index]
                var counter = 2
                while used.contains(name) {
                    name = "\(normalized[index])_\(counter)"
                    counter += 1
                }
                (field, source) = (name, .heading)
            }
            if reserved.contains(field), source != .manual {
                field += Self.setAsideSuffix
                source = .heading
            }
            used.insert(field)
            let kind = table.entry(field: field)?.kind ?? entry?.kind ?? .text
            result.append(Column(index: index, heading: heading, field: field, source: source, kind: kind,
                                 span: joined[index] ?? [index]))
        }
        columns = result
    }

    /// The fields, in column order.
    public var fields: [String] { columns.map(\.field) }

    /// What a column that would fill a reserved field fills instead.
    public static let setAsideSuffix = "_danh_sach"

    /// The columns set aside: they would fill a field the common data gives for the whole document.
    public var setAside: [Column] { columns.filter { $0.source == .heading && $0.field.hasSuffix(Self.setAsideSuffix) } }

    /// The column that fills `field`.
    public func column(for field: String) -> Column? { columns.first { $0.field == field } }

    /// The columns whose field is not among `expected`: what no part of the template uses.
    public func unusedColumns(expected: [String]) -> [Column] {
        let wanted = Set(expected)
        return columns.filter { !wanted.contains($0.field) }
    }

    /// The fields of `expected` that no column fills, in their order.
    public func missingFields(expected: [String]) -> [String] {
        let filled = Set(fields)
        var seen: Set<String> = []
        return expected.filter { !filled.contains($0) && seen.insert($0).inserted }
    }

    /// The unused column whose heading looks closest to `field` (or to a usual heading of it),
    /// never one the table knows as a field of another meaning.
    public func nearestColumn(for field: String, expected: [String] = [], table: HeadingTable = .bundled) -> Column? {
        let entry = table.entry(field: field) ?? table.entry(heading: field)
        let targets = [field] + (entry.map { $0.headings.map { FieldName.normalize($0) } + [$0.field] } ?? [])
        var best: (Column, Int)?
        for column in unusedColumns(expected: expected) {
            if let known = table.entry(heading: column.heading), known.field != entry?.field { continue }
            let key = FieldName.normalize(column.heading)
            let distance = targets.map { EditDistance.between(key, $0) }.min() ?? Int.max
            let limit = max(2, key.count / 4)
            if distance <= limit && distance < (best?.1 ?? Int.max) { best = (column, distance) }
        }
        return best?.0
    }
}

/// Levenshtein distance over characters, for "closest" suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
