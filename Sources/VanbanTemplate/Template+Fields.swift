extension Template {
    /// The data fields a template names, as written in its tags (the first part of a dotted
    /// name), in order and once each: what a list's columns or a form's inputs must give it.
    public struct Fields: Sendable, Equatable {
        /// Printed at the top level (outside any section): a record must have them, unless the
        /// tag gives a default (`| mac_dinh: …`).
        public var required: [String]
        /// Every field named anywhere, at the top level and inside sections (section names too).
        public var all: [String]
        /// The required fields that a record may not leave empty either: those printed at the top
        /// level by a tag whose first formatter gives no meaning to an empty value (`so_ky_hieu`
        /// leaves room for a number not yet given).
        public var nonEmpty: [String] = []
    }

    /// Formatters whose output for an empty value is what the template means.
    static let emptyIsMeaningful: Set<String> = ["mac_dinh", "so_ky_hieu"]

    /// The fields this template names (ODF: the body and every part; text: the whole text).
    public var fields: Fields {
        var required: [String] = []
        var all: [String] = []
        var nonEmpty: [String] = []
        func add(_ name: String, to list: inout [String]) {
            guard let first = name.split(separator: ".").first.map(String.init), !first.isEmpty,
                  !first.hasPrefix("@"), !first.hasPrefix("*"), first != "."
            else { return }
            if !list.contains(first) { list.append(first) }
        }
        func walk(_ nodes: [Node], topLevel: Bool) {
            for node in nodes {
                switch node {
                case .variable(let tag, _), .paragraphValue(let tag, _):
                    add(tag.name, to: &all)
                    if topLevel && tag.formatters.first?.name != "mac_dinh" { add(tag.name, to: &required) }
                    if topLevel && !Self.emptyIsMeaningful.contains(tag.formatters.first?.name ?? "") {
                        add(tag.name, to: &nonEmpty)
                    }
                case .section(let tag, let content), .inverted(let tag, let content):
                    add(tag.name, to: &all)
                    walk(content, topLevel: false)
                case .block(_, let block):
                    walk(block.nodes, topLevel: topLevel)
                case .parent(_, _, let overrides):
                    for block in overrides.values { walk(block.nodes, topLevel: topLevel) }
                case .text, .uniqueName, .pageStyle, .partial:
                    continue
                }
            }
        }
        walk(nodes, topLevel: true)
        for part in package?.parts ?? [] { walk(part.nodes, topLevel: true) }
        return Fields(required: required, all: all, nonEmpty: nonEmpty)
    }
}
