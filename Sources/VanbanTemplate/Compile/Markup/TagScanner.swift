import VanbanODF

/// Finds the tags in every paragraph of a part, heals those split across spans or runs, and
/// puts a marker (`<?vanban N?>`) in place of each, in the text node of the tag's first
/// character: the value takes that character's formatting. Marks inside a tag go, or stay
/// before the marker where the dialect keeps them; breaks or tabs typed inside it go.
struct TagScanner<Vocabulary: Dialect> {
    /// The template file (and part), for messages.
    let file: String
    let document: Document
    let dialect: Vocabulary
    private var open: [Unicode.Scalar] = ["{", "{"]
    private var close: [Unicode.Scalar] = ["}", "}"]

    init(file: String, document: Document, dialect: Vocabulary) {
        self.file = file
        self.document = document
        self.dialect = dialect
    }

    mutating func scan(_ root: TreeNode) throws(TemplateError) -> [FoundTag] {
        var paragraphs: [TreeNode] = []
        root.forEachElement { node in
            if dialect.isParagraph(node) { paragraphs.append(node) }
        }
        var found: [FoundTag] = []
        for (index, paragraph) in paragraphs.enumerated() {
            found += try scan(paragraph: paragraph, number: index + 1)
        }
        return found
    }

    /// `number`: the paragraph's place in the part (1-based).
    private mutating func scan(paragraph: TreeNode, number: Int) throws(TemplateError) -> [FoundTag] {
        let text = ParagraphText(paragraph, dialect: dialect)
        let scalars = text.scalars
        guard scalars.count >= 4 else { return [] }
        var ranges: [(range: Range<Int>, inside: String)] = []
        var position = 0
        while let start = Self.find(open, in: scalars, from: position) {
            var closing = close
            var insideStart = start + open.count
            var triple = false
            if open == ["{", "{"], insideStart < scalars.count, scalars[insideStart] == "{" {
                closing = ["}", "}", "}"]
                insideStart += 1
                triple = true
            }
            let location = SourceLocation(file: file, line: dialect.line(of: paragraph, number: number),
                                          context: text.context(around: start..<start + 2))
            guard let end = Self.find(closing, in: scalars, from: insideStart) else {
                var raw = ""
                raw.unicodeScalars.append(contentsOf: scalars[start..<min(scalars.count, start + 40)])
                throw .tagAcrossParagraphs(text: raw.trimmed, at: location)
            }
            var inside = ""
            inside.unicodeScalars.append(contentsOf: scalars[insideStart..<end])
            inside = Self.normalize(inside)
            if inside.contains("\u{FFFC}") {
                throw .malformedTag(text: inside.replacingOccurrences(of: "\u{FFFC}", with: "…"),
                                    reason: "trong thẻ có \(Vocabulary.objectsInTag)", at: location)
            }
            if triple { inside = "{" + inside + "}" }
            let range = start..<(end + closing.count)
            ranges.append((range, inside))
            if inside.trimmed.hasPrefix("="), inside.trimmed.hasSuffix("=") {
                let parts = inside.trimmed.dropFirst().dropLast().split(whereSeparator: { $0 == " " })
                if parts.count == 2 {
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                }
            }
            position = range.upperBound
        }
        guard !ranges.isEmpty else { return [] }

        var results: [FoundTag] = []
        var contents = TextContents()
        var emptied: [TreeNode] = []
        let alone = ranges.count == 1 && scalars[..<ranges[0].range.lowerBound].allSatisfy(Self.isBlank)
            && scalars[ranges[0].range.upperBound...].allSatisfy(Self.isBlank)
        // From the last tag to the first: the positions of the earlier ones stay valid.
        for (range, inside) in ranges.reversed() {
            let location = SourceLocation(file: file, line: dialect.line(of: paragraph, number: number),
                                          context: text.context(around: range))
            let tag = try TagReader.read(inside.trimmed, location: location)
            let marker = try heal(range, in: text, inside: inside, location: location, contents: &contents,
                                  emptied: &emptied)
            results.append(FoundTag(tag: tag, marker: marker, paragraph: paragraph, alone: alone))
        }
        contents.write()
        dialect.tidy(paragraph, emptied: emptied)
        return results.reversed()
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Autocorrect and keyboard habits inside a tag: typographic quotes, non-breaking and other
    /// spaces.
    static func normalize(_ inside: String) -> String {
        var result = ""
        for scalar in inside.unicodeScalars {
            switch scalar {
            case "“", "”", "„", "″": result.append("\"")
            case "‘", "’", "‚", "′": result.append("'")
            case "\u{00A0}", "\u{2007}", "\u{202F}", "\t", "\n": result.append(" ")
            default: result.unicodeScalars.append(scalar)
            }
        }
        // Most tags are ASCII (field names, formatters), which NFC leaves as they are.
        if result.utf8.allSatisfy({ $0 < 0x80 }) { return result }
        return result.precomposedStringWithCanonicalMapping
    }

    static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, scalars.count >= needle.count, start <= scalars.count - needle.count else { return nil }
        for index in start...(scalars.count - needle.count) where scalars[index] == needle[0] {
            if needle.count == 1 || Array(scalars[(index + 1)..<(index + needle.count)]) == Array(needle[1...]) {
                return index
            }
        }
        return nil
    }

    /// Moves the tag at `range` whole into the text node of its first character, then replaces
    /// it by a marker. Returns the marker.
    private func heal(_ range: Range<Int>, in text: ParagraphText<Vocabulary>, inside: String, location: SourceLocation,
                      contents: inout TextContents, emptied: inout [TreeNode]) throws(TemplateError) -> TreeNode {
        // Pieces inside the tag; marks exactly at its edges stay outside it.
        let overlapping = text.segments(overlapping: range)
        guard let first = overlapping.first, case .text(let firstNode) = first.piece else {
            throw .malformedTag(text: inside, reason: "thẻ không bắt đầu trong chữ", at: location)
        }
        var kept: [TreeNode] = []
        var content = contents.take(firstNode)
        let offset = range.lowerBound - first.range.lowerBound
        let endInFirst = min(range.upperBound, first.range.upperBound) - first.range.lowerBound
        let after = Array(content[min(endInFirst, content.count)...])
        content.removeSubrange(min(offset, content.count)...)
        for segment in overlapping.dropFirst() {
            let overlap = max(segment.range.lowerBound, range.lowerBound)..<min(segment.range.upperBound, range.upperBound)
            switch segment.piece {
            case .text(let node):
                var scalars = contents.take(node)
                let local = (overlap.lowerBound - segment.range.lowerBound)..<(overlap.upperBound - segment.range.lowerBound)
                scalars.removeSubrange(local.clamped(to: 0..<scalars.count))
                if scalars.isEmpty {
                    if let parent = node.parent, parent != text.paragraph { emptied.append(parent) }
                    contents.forget(node)
                    node.remove()
                } else {
                    contents[node] = scalars
                }
            case .spaces(let node, let count):
                let left = count - overlap.count
                if left <= 0 {
                    node.remove()
                } else {
                    node.setAttribute(Namespace.text, "c", to: String(left))
                }
            case .mark(let node):
                if dialect.keepsMark(node) {
                    kept.append(node.unlink())  // stands just before the value
                } else {
                    node.remove()
                }
            case .opaque(let node):
                node.remove()
            }
        }
        contents[firstNode] = content
        let marker = document.makeInstruction("vanban", "0")
        firstNode.insertAfter(marker)
        for node in kept { marker.insertBefore(node) }
        if !after.isEmpty {
            var rest = ""
            rest.unicodeScalars.append(contentsOf: after)
            marker.insertAfter(document.makeText(rest))
        }
        dialect.healed(into: firstNode)
        return marker
    }
}

/// The text of the paragraph's text nodes while its tags are healed, kept as scalars and written
/// back once: healing the tags of a long text node one by one must not copy it for each tag.
private struct TextContents {
    private var pending: [TreeNode: [Unicode.Scalar]] = [:]

    /// The node's text, taken out so that changing it copies nothing; put it back with the
    /// subscript.
    mutating func take(_ node: TreeNode) -> [Unicode.Scalar] {
        pending.removeValue(forKey: node) ?? Array(node.content.unicodeScalars)
    }

    subscript(node: TreeNode) -> [Unicode.Scalar] {
        get { pending[node] ?? Array(node.content.unicodeScalars) }
        set { pending[node] = newValue }
    }

    /// The node is about to be freed.
    mutating func forget(_ node: TreeNode) {
        pending[node] = nil
    }

    /// Writes the changed texts into their nodes.
    func write() {
        for (node, scalars) in pending {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars)
            node.setContent(string)
        }
    }
}
