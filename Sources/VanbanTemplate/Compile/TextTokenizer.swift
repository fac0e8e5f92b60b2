/// Splits a text template into tokens, following the Mustache rules: set delimiters, triple
/// mustaches, and "standalone" lines (a line holding only white space and tags that print
/// nothing is removed whole, its indentation kept for partials and blocks).
struct TextTokenizer {
    let source: String
    let file: String

    func tokenize() throws(TemplateError) -> [Token] {
        Self.markLines(try scan())
    }

    /// The raw tokens, text split so that each piece ends at most with one line ending.
    private func scan() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        let bytes = Array(source.utf8)
        var position = 0
        var line = 1, lineStart = 0

        func appendText(_ range: Range<Int>) {
            var start = range.lowerBound
            for index in range where bytes[index] == UInt8(ascii: "\n") {
                tokens.append(Token(.text(Array(bytes[start...index]))))
                start = index + 1
            }
            if start < range.upperBound { tokens.append(Token(.text(Array(bytes[start..<range.upperBound])))) }
        }
        func advanceLines(to end: Int) {
            for index in position..<end where bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
        }

        while position < bytes.count {
            guard let tagStart = Self.find(open, in: bytes, from: position) else {
                appendText(position..<bytes.count)
                break
            }
            appendText(position..<tagStart)
            advanceLines(to: tagStart)
            let location = SourceLocation(file: file, line: line, column: tagStart - lineStart + 1)
            // `{{{x}}}` keeps its inner braces: the tag reader sees `{x}`.
            let insideStart = tagStart + open.count
            var closing = close
            if open == Array("{{".utf8), insideStart < bytes.count, bytes[insideStart] == UInt8(ascii: "{") {
                closing = Array("}}}".utf8)
            }
            guard let insideEnd = Self.find(closing, in: bytes, from: insideStart) else {
                let snippet = String(decoding: bytes[tagStart..<min(bytes.count, tagStart + 30)], as: UTF8.self)
                throw .malformedTag(text: snippet, reason: "thiếu dấu đóng \(String(decoding: closing, as: UTF8.self))", at: location)
            }
            var inside = String(decoding: bytes[insideStart..<insideEnd], as: UTF8.self)
            if closing.count == 3 { inside += "}" }
            let tag = try TagReader.read(inside.trimmed, location: location)
            if tag.kind == .delimiters {
                let parts = tag.name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else {
                    throw .malformedTag(text: inside, reason: "thẻ đổi dấu cần hai dấu mới, cách nhau bằng dấu cách", at: location)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
            tokens.append(Token(.tag(tag)))
            advanceLines(to: insideEnd + closing.count)
            position = insideEnd + closing.count
        }
        return tokens
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        let first = needle[0]
        while index <= bytes.count - needle.count {
            if bytes[index] == first {
                var matches = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    /// Marks line starts, and removes standalone lines: a line whose tags all print nothing
    /// and whose text is only spaces and tabs keeps only its tags.
    static func markLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var lineTokens: [Token] = []

        func flush() {
            guard !lineTokens.isEmpty else { return }
            lineTokens[0].atLineStart = true
            let tags = lineTokens.compactMap(\.tag)
            var isStandalone = !tags.isEmpty && tags.allSatisfy(\.canStandAlone)
            var ending = ""
            var indent = ""
            if isStandalone {
                for (index, token) in lineTokens.enumerated() {
                    guard case .text(let bytes) = token.kind else { continue }
                    var body = bytes[...]
                    if index == lineTokens.count - 1 {
                        if body.last == UInt8(ascii: "\n") {
                            body = body.dropLast()
                            ending = "\n"
                            if body.last == UInt8(ascii: "\r") {
                                body = body.dropLast()
                                ending = "\r\n"
                            }
                        }
                    }
                    if !body.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                        isStandalone = false
                        break
                    }
                    if lineTokens[..<index].allSatisfy({ $0.tag == nil }) {
                        indent += String(decoding: body, as: UTF8.self)
                    }
                }
            }
            if isStandalone {
                var first = true
                for var token in lineTokens where token.tag != nil {
                    token.atLineStart = first
                    token.isStandalone = true
                    token.indent = indent
                    token.removedLineEnding = ending
                    first = false
                    result.append(token)
                }
            } else {
                // A tag preceded on its line by white space only: that white space is its indent,
                // for the lines after the first of an inline block.
                var leading = ""
                var onlySpace = true
                for var token in lineTokens {
                    switch token.kind {
                    case .text(let bytes):
                        if onlySpace, bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                            leading += String(decoding: bytes, as: UTF8.self)
                        } else {
                            onlySpace = false
                        }
                    default:
                        if onlySpace { token.indent = leading }
                        onlySpace = false
                    }
                    result.append(token)
                }
            }
            lineTokens = []
        }

        for token in tokens {
            lineTokens.append(token)
            if case .text(let bytes) = token.kind, bytes.last == UInt8(ascii: "\n") { flush() }
        }
        flush()
        return result
    }
}
