/// Reads the inside of a tag: `#danh_sach`, `so_tien | tien`, `x | mac_dinh: "không có"`.
/// Typographic quotes (LibreOffice's autocorrect) count as quotes.
enum TagReader {
    static func read(_ inside: String, location: SourceLocation) throws(TemplateError) -> Tag {
        var text = Substring(inside)
        let kind: Tag.Kind
        switch text.first {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case ">": kind = .partial
        case "!": return Tag(kind: .comment, name: "", location: location)
        case "=": kind = .delimiters
        case "&": kind = .unescaped
        case "{": kind = .unescaped
        case "$": kind = .block
        case "<": kind = .parent
        default: kind = .variable
        }
        if kind != .variable { text = text.dropFirst() }
        if kind == .delimiters {
            guard text.last == "=" else {
                throw .malformedTag(text: inside, reason: "thẻ đổi dấu phải kết thúc bằng =", at: location)
            }
            return Tag(kind: kind, name: String(text.dropLast()).trimmed, location: location)
        }
        if inside.first == "{" {
            guard text.last == "}" else {
                throw .malformedTag(text: inside, reason: "thiếu dấu } thứ ba", at: location)
            }
            text = text.dropLast()
        }
        let parts = try splitPipes(String(text), location: location, original: inside)
        // Spaces inside a name are dropped (`ho ten` → `hoten`); most names have none.
        let written = parts[0].trimmed
        let name = written.utf8.contains(UInt8(ascii: " ")) ? written.split(separator: " ").joined() : written
        guard !name.isEmpty else {
            throw .malformedTag(text: inside, reason: "thiếu tên trường", at: location)
        }
        var formatters: [FormatterCall] = []
        for part in parts.dropFirst() {
            formatters.append(try formatterCall(part, location: location, original: inside))
        }
        if !formatters.isEmpty && ![.variable, .unescaped].contains(kind) {
            throw .malformedTag(text: inside, reason: "chỉ thẻ in giá trị mới có bộ định dạng (|)", at: location)
        }
        return Tag(kind: kind, name: name, formatters: formatters, location: location)
    }

    /// The quote that closes a quote `character` opens, or `nil` (a switch, not a dictionary
    /// of `Character`s, whose hashing loaded Unicode tables at the start of every run).
    private static func closingQuote(_ character: Character) -> Character? {
        switch character {
        case "\"": return "\""
        case "'": return "'"
        case "“", "”": return "”"
        case "‘": return "’"
        default: return nil
        }
    }

    /// Splits on `|` outside quotes.
    private static func splitPipes(_ text: String, location: SourceLocation, original: String) throws(TemplateError) -> [String] {
        var parts: [String] = []
        var current = ""
        var closing: Character?
        for character in text {
            if let quote = closing {
                current.append(character)
                if character == quote || (quote == "”" && character == "“") { closing = nil }
            } else if let close = closingQuote(character) {
                closing = close
                current.append(character)
            } else if character == "|" {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if closing != nil { throw .malformedTag(text: original, reason: "dấu ngoặc kép chưa đóng", at: location) }
        parts.append(current)
        return parts
    }

    /// `mac_dinh: "không có", 2` → name and arguments (quotes removed).
    private static func formatterCall(_ text: String, location: SourceLocation, original: String) throws(TemplateError) -> FormatterCall {
        let trimmed = text.trimmed
        guard let colon = trimmed.firstIndex(of: ":") else {
            guard !trimmed.isEmpty else { throw .malformedTag(text: original, reason: "thiếu tên bộ định dạng sau |", at: location) }
            return FormatterCall(name: trimmed, arguments: [])
        }
        let name = trimmed[..<colon].trimmed
        var arguments: [String] = []
        var current = ""
        var closing: Character?
        var quoted = false
        for character in trimmed[trimmed.index(after: colon)...] {
            if let quote = closing {
                if character == quote || (quote == "”" && character == "“") { closing = nil } else { current.append(character) }
            } else if let close = closingQuote(character) {
                closing = close
                quoted = true
            } else if character == "," {
                arguments.append(quoted ? current : current.trimmed)
                current = ""
                quoted = false
            } else if !(character == " " && (current.isEmpty || quoted)) {
                current.append(character)
            }
        }
        arguments.append(quoted ? current : current.trimmed)
        return FormatterCall(name: name, arguments: arguments)
    }
}

extension StringProtocol {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
