/// One input of the form a template's fields make (Soạn): its label, the hint from the sample
/// data's comments, the kind of input, and the value it starts with.
struct FormField: Sendable, Equatable {
    /// The kind of input.
    enum Kind: Sendable, Equatable {
        /// One line of text.
        case text
        /// Several lines (paragraphs).
        case multiline
        /// A date: `05/01/2026` or `2026-01-05`.
        case date
        /// An amount of money in đồng.
        case money
        /// A list of lines (căn cứ, nơi nhận, kính gửi): one item a line.
        case list
        /// Nested data (a list of groups), edited as the YAML the sample file shows.
        case structured
    }

    /// The field's name in the template (`ho_ten`).
    let name: String
    let label: String
    let hint: String
    let kind: Kind
    /// The sample data's value, as the input shows it.
    let sample: String

    /// Whether `name` can be a field: lower-case letters, digits and `_`, not starting with a digit.
    static func isFieldName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
