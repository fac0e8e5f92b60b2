import CLibXML2
import VanbanODF

/// Finds the tags in every paragraph of a document, heals those LibreOffice split, and puts a
/// marker in place of each.
struct TagScanner {
    let file: String
    let document: XMLDocPointer
    private var open: [Unicode.Scalar] = ["{", "{"]
    private var close: [Unicode.Scalar] = ["}", "}"]

    init(file: String, document: XMLDocPointer) {
        self.file = file
        self.document = document
    }

    mutating func scan(_ root: XMLNodePointer) throws(TemplateError) -> [ODFCompiler.Found] {
        var paragraphs: [XMLNodePointer] = []
        TreeWalk.elements(below: root) { node in
            if node.isElement(Namespace.text, "p") || node.isElement(Namespace.text, "h") { paragraphs.append(node) }
        }
        var found: [ODFCompiler.Found] = []
        for paragraph in paragraphs {
            found += try scan(paragraph: paragraph)
        }
        return found
    }

    private mutating func scan(paragraph: XMLNodePointer) throws(TemplateError) -> [ODFCompiler.Found] {
        let text = ParagraphText(paragraph)
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
            let location = SourceLocation(file: file, line: paragraph.line, context: text.context(around: start..<start + 2))
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
                                    reason: "trong thẻ có trường, khung hay chú thích", at: location)
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

        var results: [ODFCompiler.Found] = []
        var contents = TextContents()
        let alone = ranges.count == 1 && scalars[..<ranges[0].range.lowerBound].allSatisfy(Self.isBlank)
            && scalars[ranges[0].range.upperBound...].allSatisfy(Self.isBlank)
        // From the last tag to the first: the positions of the earlier ones stay valid.
        for (range, inside) in ranges.reversed() {
            let location = SourceLocation(file: file, line: paragraph.line, context: text.context(around: range))
            let tag = try TagReader.read(inside.trimmed, location: location)
            let marker = try heal(range, in: text, inside: inside, contents: &contents)
            results.append(ODFCompiler.Found(tag: tag, marker: marker, paragraph: paragraph, alone: alone))
        }
        contents.write()
        return results.reversed()
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// LibreOffice's autocorrect and keyboard habits inside a tag: typographic quotes, non-breaking
    /// and other spaces.
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
    private func heal(_ range: Range<Int>, in text: ParagraphText, inside: String,
                      contents: inout TextContents) throws(TemplateError) -> XMLNodePointer {
        // Pieces inside the tag; markers exactly at its edges stay outside it.
        let overlapping = text.segments(overlapping: range)
        guard let first = overlapping.first, case .text(let firstNode) = first.piece else {
            throw .malformedTag(text: inside, reason: "thẻ không bắt đầu trong chữ", at: SourceLocation(file: file, line: text.paragraph.line))
        }
        var kept: [XMLNodePointer] = []
        var emptied: [XMLNodePointer] = []
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
                    if let parent = node.pointee.parent, parent != text.paragraph { emptied.append(parent) }
                    contents.forget(node)
                    xmlUnlinkNode(node)
                    xmlFreeNode(node)
                } else {
                    contents[node] = scalars
                }
            case .spaces(let node, let count):
                let left = count - overlap.count
                if left <= 0 {
                    xmlUnlinkNode(node)
                    xmlFreeNode(node)
                } else {
                    xmlSetNsProp(node, xmlSearchNsByHref(document, node, Namespace.text), "c", String(left))
                }
            case .marker(let node):
                xmlUnlinkNode(node)
                if node.localName.hasPrefix("bookmark") || node.localName.hasPrefix("reference-mark")
                    || node.namespaceURI == Namespace.office
                {
                    kept.append(node)  // stands just before the value
                } else {
                    xmlFreeNode(node)
                }
            case .opaque(let node, _):
                xmlUnlinkNode(node)
                xmlFreeNode(node)
            }
        }
        contents[firstNode] = content
        let marker = xmlNewDocPI(document, "vanban", "0")!
        insert(marker, after: firstNode)
        for node in kept { marker.insertBefore(node) }
        // Spans the tag emptied (the tail of a split tag) go too.
        for span in emptied where span.pointee.children == nil && span.isElement(Namespace.text, "span") {
            xmlUnlinkNode(span)
            xmlFreeNode(span)
        }
        if !after.isEmpty {
            var rest = ""
            rest.unicodeScalars.append(contentsOf: after)
            insert(xmlNewDocText(document, rest), after: marker)
        }
        return marker
    }

    private func insert(_ node: XMLNodePointer, after anchor: XMLNodePointer) {
        if let next = anchor.pointee.next {
            next.insertBefore(node)
        } else if let parent = anchor.pointee.parent {
            parent.appendChild(node)
        }
    }
}

/// The text of the paragraph's text nodes while its tags are healed, kept as scalars and written
/// back once: healing the tags of a long text node one by one must not copy it for each tag.
private struct TextContents {
    private var pending: [XMLNodePointer: [Unicode.Scalar]] = [:]

    /// The node's text, taken out so that changing it copies nothing; put it back with the
    /// subscript.
    mutating func take(_ node: XMLNodePointer) -> [Unicode.Scalar] {
        pending.removeValue(forKey: node) ?? Array(node.content.unicodeScalars)
    }

    subscript(node: XMLNodePointer) -> [Unicode.Scalar] {
        get { pending[node] ?? Array(node.content.unicodeScalars) }
        set { pending[node] = newValue }
    }

    /// The node is about to be freed.
    mutating func forget(_ node: XMLNodePointer) {
        pending[node] = nil
    }

    /// Writes the changed texts into their nodes.
    func write() {
        for (node, scalars) in pending {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars)
            xmlNodeSetContent(node, string)
        }
    }
}
