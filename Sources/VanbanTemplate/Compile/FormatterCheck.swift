/// Every formatter a template names must exist: checked when it is compiled, not per record.
enum FormatterCheck {
    static func check(_ nodes: [Node], registry: FormatterRegistry) throws(TemplateError) {
        var errors: [TemplateError] = []
        visit(nodes, registry, &errors)
        if errors.count == 1 { throw errors[0] }
        if !errors.isEmpty { throw .several(errors) }
    }

    private static func visit(_ nodes: [Node], _ registry: FormatterRegistry, _ errors: inout [TemplateError]) {
        for node in nodes {
            switch node {
            case .variable(let tag, _), .paragraphValue(let tag, _):
                for call in tag.formatters where registry.function(named: call.name) == nil {
                    errors.append(.unknownFormatter(
                        name: call.name, suggestion: Suggestion.closest(to: call.name, among: registry.names), at: tag.location))
                }
            case .section(_, let content), .inverted(_, let content):
                visit(content, registry, &errors)
            case .block(_, let block):
                visit(block.nodes, registry, &errors)
            case .parent(_, _, let overrides):
                for block in overrides.values { visit(block.nodes, registry, &errors) }
            case .text, .uniqueName, .pageStyle, .partial:
                break
            }
        }
    }
}
