/// Builds the node tree from tokens: sections nest, closes must match, blocks and parents keep
/// their tokens.
struct Parser {
    let file: String

    /// Sections, blocks and parents inside each other: real templates use a handful. The tree is
    /// built, checked and rendered recursively, so its depth is bounded here.
    static let maxDepth = 100

    func parse(_ tokens: [Token]) throws(TemplateError) -> [Node] {
        var index = 0
        var depth = 0
        let nodes = try parse(tokens, from: &index, closing: nil, depth: &depth)
        return nodes
    }

    private func parse(_ tokens: [Token], from index: inout Int, closing open: Token?) throws(TemplateError) -> [Node] {
        var depth = 0
        return try parse(tokens, from: &index, closing: open, depth: &depth)
    }

    private func parse(_ tokens: [Token], from index: inout Int, closing open: Token?,
                       depth: inout Int) throws(TemplateError) -> [Node] {
        if open != nil {
            depth += 1
            if depth > Self.maxDepth, let tag = open?.tag { throw Self.tooDeep(tag) }
        }
        defer { if open != nil { depth -= 1 } }
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text(let bytes):
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + bytes)
                } else {
                    nodes.append(.text(bytes))
                }
            case .paragraphValue(let tag, let shape):
                nodes.append(.paragraphValue(tag, shape))
            case .uniqueName(let name, let introduces):
                nodes.append(.uniqueName(name, introduces: introduces))
            case .pageStyle(let first, let following):
                nodes.append(.pageStyle(first: first, following: following))
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters:
                    continue
                case .variable:
                    nodes.append(.variable(tag, escaped: true))
                case .unescaped:
                    nodes.append(.variable(tag, escaped: false))
                case .partial:
                    nodes.append(.partial(tag, indent: token.isStandalone ? token.indent : ""))
                case .section, .inverted:
                    let content = try parse(tokens, from: &index, closing: token, depth: &depth)
                    nodes.append(tag.kind == .section ? .section(tag, content) : .inverted(tag, content))
                case .block:
                    let start = index
                    let content = try parse(tokens, from: &index, closing: token, depth: &depth)
                    let inner = Array(tokens[start..<(index - 1)])
                    nodes.append(.block(tag, Block(
                        file: file, tokens: inner, nodes: content, isStandalone: token.isStandalone, indent: token.indent,
                        lineEnding: tokens[index - 1].removedLineEnding)))
                case .parent:
                    let start = index
                    _ = try parse(tokens, from: &index, closing: token, depth: &depth)
                    let inner = Array(tokens[start..<(index - 1)])
                    nodes.append(.parent(tag, indent: token.isStandalone ? token.indent : "",
                                         overrides: try overrides(in: inner)))
                case .close:
                    guard let open, let openTag = open.tag else {
                        throw .unexpectedClose(name: tag.name, open: nil, at: tag.location)
                    }
                    guard openTag.name == tag.name else {
                        throw .unexpectedClose(name: tag.name, open: openTag.name, at: tag.location)
                    }
                    return nodes
                }
            }
        }
        if let open, let tag = open.tag {
            throw .unclosedSection(name: tag.name, at: tag.location)
        }
        return nodes
    }

    /// The error for `tag` opening one level too many.
    static func tooDeep(_ tag: Tag) -> TemplateError {
        .malformedTag(text: opening(tag), reason: "các mục lồng nhau quá \(maxDepth) tầng; hãy bớt tầng lồng", at: tag.location)
    }

    /// An opening tag as written: `{{#name}}`.
    static func opening(_ tag: Tag) -> String {
        let sigil = switch tag.kind {
        case .inverted: "^"
        case .block: "$"
        case .parent: "<"
        default: "#"
        }
        return "{{\(sigil)\(tag.name)}}"
    }

    /// The `{{$name}}` blocks directly inside a parent tag; everything else there is ignored.
    private func overrides(in tokens: [Token]) throws(TemplateError) -> [String: Block] {
        var result: [String: Block] = [:]
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let tag = token.tag {
                switch tag.kind {
                case .block where depth == 0:
                    index += 1
                    let start = index
                    let content = try parse(tokens, from: &index, closing: token)
                    let inner = Array(tokens[start..<(index - 1)])
                    result[tag.name] = Block(
                        file: file, tokens: inner, nodes: content, isStandalone: token.isStandalone, indent: token.indent,
                        lineEnding: tokens[index - 1].removedLineEnding)
                    continue
                case .section, .inverted, .parent, .block: depth += 1
                case .close: depth -= 1
                default: break
                }
            }
            index += 1
        }
        return result
    }
}
