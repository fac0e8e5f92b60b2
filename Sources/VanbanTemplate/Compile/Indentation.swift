/// Re-indenting tokens, for partials and blocks in text templates (Mustache spec: a standalone
/// partial is indented like its tag; a block's own indentation is removed where it is defined and
/// the indentation of the place it is expanded is added).
enum Indentation {
    /// The indentation of the first line of `tokens`, if they start a line.
    static func intrinsic(_ tokens: [Token]) -> String {
        guard let first = tokens.first, first.atLineStart else { return "" }
        switch first.kind {
        case .text(let bytes):
            return String(decoding: bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }, as: UTF8.self)
        default:
            return first.isStandalone ? first.indent : ""
        }
    }

    /// Removes `strip` from, and adds `add` to, every line start (`skipFirst`: the first line
    /// is only stripped). Empty lines get nothing added.
    static func reindent(_ tokens: [Token], strip: String, add: String, skipFirst: Bool = false) -> [Token] {
        guard !strip.isEmpty || !add.isEmpty else { return tokens }
        var result: [Token] = []
        for (index, token) in tokens.enumerated() {
            guard token.atLineStart else {
                result.append(token)
                continue
            }
            // The first line of an inline block already stands where its tag was: only stripped.
            let add = skipFirst && index == 0 ? "" : add
            var token = token
            switch token.kind {
            case .text(let bytes):
                var body = bytes[...]
                if !strip.isEmpty, body.starts(with: strip.utf8) { body = body.dropFirst(strip.utf8.count) }
                let isEmptyLine = body.first == UInt8(ascii: "\n") || body.starts(with: "\r\n".utf8)
                token.kind = .text((isEmptyLine ? [] : Array(add.utf8)) + Array(body))
            case .tag where token.isStandalone:
                token.indent = add + (token.indent.hasPrefix(strip) ? String(token.indent.dropFirst(strip.count)) : token.indent)
            default:
                guard !add.isEmpty else { break }
                var indent = Token(.text(Array(add.utf8)))
                indent.atLineStart = true
                token.atLineStart = false
                result.append(indent)
            }
            result.append(token)
        }
        return result
    }

    /// The tokens of `override` as they stand where `site` is.
    static func expand(_ override: Block, at site: Block) -> [Token] {
        reindent(override.tokens, strip: intrinsic(override.tokens), add: addedIndent(at: site), skipFirst: !site.isStandalone)
    }

    /// Whether `override` stands at `site` as it was written (no indentation to strip or add,
    /// as in every ODF template): its own nodes serve.
    static func isInPlace(_ override: Block, at site: Block) -> Bool {
        intrinsic(override.tokens).isEmpty && addedIndent(at: site).isEmpty
    }

    /// The indentation a block's content takes at `site`.
    private static func addedIndent(at site: Block) -> String {
        site.isStandalone ? site.indent + intrinsic(site.tokens) : site.indent
    }
}
