import CLibXML2
import VanbanODF

/// Finds the tags in every paragraph of a WordprocessingML part, heals those split across runs,
/// and puts a marker (`<?vanban N?>`) in place of each, inside the `w:t` of the tag's first
/// character: the value takes that run's formatting. Marks inside a tag (proofing, a deletion)
/// and breaks or tabs typed inside it go.
struct DOCXTagScanner {
    /// The template file and part, for messages.
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
            if node.isWord("p") { paragraphs.append(node) }
        }
        var found: [ODFCompiler.Found] = []
        for (index, paragraph) in paragraphs.enumerated() {
            found += try scan(paragraph: paragraph, number: index + 1)
        }
        return found
    }

    /// `number`: the paragraph's place in the part (1-based), the "line" of messages.
    private mutating func scan(paragraph: XMLNodePointer, number: Int) throws(TemplateError) -> [ODFCompiler.Found] {
        let text = DOCXParagraphText(paragraph)
        let scalars = text.scalars
        guard scalars.count >= 4 else { return [] }
        var ranges: [(range: Range<Int>, inside: String)] = []
        var position = 0
        while let start = TagScanner.find(open, in: scalars, from: position) {
            var closing = close
            var insideStart = start + open.count
            var triple = false
            if open == ["{", "{"], insideStart < scalars.count, scalars[insideStart] == "{" {
                closing = ["}", "}", "}"]
                insideStart += 1
                triple = true
            }
            let location = SourceLocation(file: file, line: number, context: text.context(around: start..<start + 2))
            guard let end = TagScanner.find(closing, in: scalars, from: insideStart) else {
                var raw = ""
                raw.unicodeScalars.append(contentsOf: scalars[start..<min(scalars.count, start + 40)])
                throw .tagAcrossParagraphs(text: raw.trimmed, at: location)
            }
            var inside = ""
            inside.unicodeScalars.append(contentsOf: scalars[insideStart..<end])
            inside = TagScanner.normalize(inside)
            if inside.contains("\u{FFFC}") {
                throw .malformedTag(text: inside.replacingOccurrences(of: "\u{FFFC}", with: "…"),
                                    reason: "trong thẻ có trường, hình hay chú thích", at: location)
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
        for (range, inside) in ranges.reversed() {
            let location = SourceLocation(file: file, line: number, context: text.context(around: range))
            let tag = try TagReader.read(inside.trimmed, location: location)
            let marker = try heal(range, in: text, inside: inside, location: location)
            var before = "", after = ""
            before.unicodeScalars.append(contentsOf: scalars[..<range.lowerBound])
            after.unicodeScalars.append(contentsOf: scalars[range.upperBound...])
            let alone = ranges.count == 1 && before.trimmed.isEmpty && after.trimmed.isEmpty
            results.append(ODFCompiler.Found(tag: tag, marker: marker, paragraph: paragraph, alone: alone))
        }
        // `w:t`, runs and containers the tails of split tags emptied go.
        DOCXCleanup.pruneEmpty(in: paragraph)
        return results.reversed()
    }

    /// Moves the tag at `range` whole into the text node of its first character, then replaces
    /// it by a marker. Runs, `w:t` and containers the tag emptied go. Returns the marker.
    private func heal(_ range: Range<Int>, in text: DOCXParagraphText, inside: String,
                      location: SourceLocation) throws(TemplateError) -> XMLNodePointer {
        let overlapping = text.segments.filter {
            $0.range.isEmpty
                ? range.lowerBound < $0.range.lowerBound && $0.range.lowerBound < range.upperBound
                : $0.range.overlaps(range)
        }
        guard let first = overlapping.first, case .text(let firstNode) = first.piece else {
            throw .malformedTag(text: inside, reason: "thẻ không bắt đầu trong chữ", at: location)
        }
        var content = Array(firstNode.content.unicodeScalars)
        let offset = range.lowerBound - first.range.lowerBound
        let endInFirst = min(range.upperBound, first.range.upperBound) - first.range.lowerBound
        let after = Array(content[min(endInFirst, content.count)...])
        content = Array(content[..<offset])
        for segment in overlapping.dropFirst() {
            let overlap = max(segment.range.lowerBound, range.lowerBound)..<min(segment.range.upperBound, range.upperBound)
            switch segment.piece {
            case .text(let node):
                var scalars = Array(node.content.unicodeScalars)
                let local = (overlap.lowerBound - segment.range.lowerBound)..<(overlap.upperBound - segment.range.lowerBound)
                scalars.removeSubrange(local.clamped(to: 0..<scalars.count))
                if scalars.isEmpty {
                    node.remove()
                } else {
                    var string = ""
                    string.unicodeScalars.append(contentsOf: scalars)
                    xmlNodeSetContent(node, string)
                }
            case .mark(let node), .opaque(let node, _):
                node.remove()
            }
        }
        var before = ""
        before.unicodeScalars.append(contentsOf: content)
        xmlNodeSetContent(firstNode, before)
        let marker = xmlNewDocPI(document, "vanban", "0")!
        insert(marker, after: firstNode)
        if !after.isEmpty {
            var rest = ""
            rest.unicodeScalars.append(contentsOf: after)
            insert(xmlNewDocText(document, rest), after: marker)
        }
        if let t = firstNode.pointee.parent { DOCXCleanup.preserveSpaces(t) }
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
