import Glibc
import VanbanData
import VanbanODF

/// Walks a compiled template for one record into a byte buffer. Errors are collected, not
/// thrown, so that every problem of a record (and of a batch) is reported at once.
final class Renderer {
    struct Options {
        var escaping: Escaping
        /// Missing fields are errors (vanban's default); otherwise they print nothing (Mustache's).
        var strict: Bool
        var formatters: FormatterRegistry
    }

    let options: Options
    /// The template's partials, parents and block overrides, compiled.
    let expansions: Expansions
    var output: [UInt8] = []
    private(set) var errors: [TemplateError] = []
    private(set) var droppedCharacters: [String] = []
    /// Where the record came from, for messages.
    var record: RecordPlace?
    private var activeBlocks: [String: Block] = [:]
    private var uniqueNames: [String: Int] = [:]
    /// The record's page in a one-file batch (0 for the first).
    var page = 0
    /// Each record's pages numbered from 1 again.
    var restartNumbering = false
    private var depth = 0
    /// Partials, parents and blocks expanded so far: a template that includes itself twice
    /// doubles at each level, so the count is bounded, not only the depth.
    private var expanded = 0
    /// The most expansions in one record, and the most output bytes.
    static let maxExpansions = 10_000
    static let maxOutputBytes = 256 << 20
    private var stopped = false
    /// A list field rendered as it is read (``StreamedList``), and where the bytes go when a
    /// megabyte has gathered during its walk: `false` from `sink` stops the walk.
    var streamed: StreamedList?
    var sink: ((inout [UInt8]) -> Bool)?
    /// A streamed walk stops after this many problems (they are all reported).
    static let maxStreamedErrors = 1000

    init(options: Options, expansions: Expansions) {
        self.options = options
        self.expansions = expansions
    }

    /// The helpers that only read `context` take it `inout` too: passed by value, it would be
    /// copied (its arrays retained and released) at every tag of every record.
    func render(_ nodes: [Node], _ context: inout Context) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                write(bytes)
            case .variable(let tag, let escaped):
                if let text = text(of: tag, &context) {
                    var dropped: [String] = []
                    options.escaping.append(text, escaped: escaped, to: &output, dropped: &dropped)
                    note(dropped, tag)
                }
            case .paragraphValue(let tag, let shape):
                if let text = text(of: tag, &context) { writeParagraphs(text, shape: shape, tag: tag) }
            case .uniqueName(let name, let introduces):
                var count = uniqueNames[name, default: 0]
                if introduces {
                    count += 1
                    uniqueNames[name] = count
                }
                output.append(contentsOf: SafeText.escape(count <= 1 ? name : "\(name)_\(count)").utf8)
            case .pageStyle(let first, let following):
                let name = page == 0 ? first : following + (restartNumbering ? PageBreakStyle.restartSuffix : "")
                output.append(contentsOf: SafeText.escape(name).utf8)
            case .section(let tag, let content):
                if let list = streamedList(tag, &context) {
                    walk(list, content, &context)
                    continue
                }
                guard let value = sectionValue(tag, &context) else { continue }
                switch value {
                case .list(let items):
                    for (index, item) in items.enumerated() {
                        context.push(item, index: index, count: items.count)
                        render(content, &context)
                        context.pop()
                    }
                default:
                    guard value.isTruthy else { continue }
                    context.push(value)
                    render(content, &context)
                    context.pop()
                }
            case .inverted(let tag, let content):
                if let list = streamedList(tag, &context) {
                    if list.open().next() == nil { render(content, &context) }
                    continue
                }
                let value = sectionValue(tag, &context)
                if !(value?.isTruthy ?? false) { render(content, &context) }
            case .partial(let tag, let indent):
                guard let nodes = load(tag, indent: indent, &context) else { continue }
                nested(tag) { render(nodes, &context) }
            case .parent(let tag, let indent, let overrides):
                guard let nodes = load(tag, indent: indent, &context) else { continue }
                let saved = activeBlocks
                var merged = overrides
                for (name, block) in activeBlocks { merged[name] = block }
                activeBlocks = merged
                nested(tag) { render(nodes, &context) }
                activeBlocks = saved
            case .block(let tag, let block):
                guard let override = activeBlocks[tag.name] else {
                    render(block.nodes, &context)
                    continue
                }
                do {
                    let nodes = try expansions.expand(override, at: block)
                    let start = output.count
                    nested(tag) { render(nodes, &context) }
                    if block.isStandalone, !block.lineEnding.isEmpty, output.count > start,
                        output.last != UInt8(ascii: "\n")
                    {
                        output.append(contentsOf: block.lineEnding.utf8)
                    }
                } catch {
                    errors.append(error)
                }
            }
        }
    }

    /// Appends the template's own bytes: through a buffer pointer, because `append(contentsOf:)`
    /// given an array takes a reference to it (a retain and a release per call, per tag).
    private func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { output.append(contentsOf: $0) }
    }

    /// The streamed list a section names, when the data in reach has no field of that name.
    private func streamedList(_ tag: Tag, _ context: inout Context) -> StreamedList? {
        guard namesStreamedList(tag), case .missing = context.lookup(tag) else { return nil }
        return streamed
    }

    /// Whether `tag` is the streamed list's name (found in the data, the data's field wins).
    private func namesStreamedList(_ tag: Tag) -> Bool {
        tag.isField && tag.name == streamed?.name
    }

    /// A section over a streamed list: each record read, rendered and let go; its problems
    /// said of its place; the bytes handed to `sink` a megabyte at a time. One record is read
    /// ahead, so that `{{@cuoi}}` knows the last.
    private func walk(_ list: StreamedList, _ content: [Node], _ context: inout Context) {
        let records = list.open()
        let outer = record
        defer { record = outer }
        var current = records.next()
        var index = 0
        while let item = current, !stopped, errors.count < Self.maxStreamedErrors {
            let next = records.next()
            record = item.place
            context.push(item.value, index: index, count: next == nil ? index + 1 : index + 2)
            render(content, &context)
            context.pop()
            if output.count >= 1 << 20, let sink, !sink(&output) { stopped = true }
            current = next
            index += 1
        }
    }

    /// Runs an expansion of `tag` (a partial, a parent, a block), unless the template has gone
    /// too deep, expanded too often or grown too large: then one error at the tag, once.
    private func nested(_ tag: Tag, _ body: () -> Void) {
        guard !stopped else { return }
        depth += 1
        expanded += 1
        defer { depth -= 1 }
        let problem: String? = depth >= 64 ? "mẫu con gọi lồng nhau quá 64 tầng"
            : expanded > Self.maxExpansions ? "mẫu con được chèn quá \(Self.maxExpansions) lần"
            : output.count > Self.maxOutputBytes ? "văn bản điền ra quá \(Self.maxOutputBytes >> 20) MB" : nil
        if let problem {
            stopped = true
            errors.append(.expansionLimit(problem: problem, at: tag.location))
            return
        }
        body()
    }

    /// A partial or parent, by name (`*name`: the name is looked up in the data).
    private func load(_ tag: Tag, indent: String, _ context: inout Context) -> [Node]? {
        var name = tag.name
        if name.hasPrefix("*") {
            guard case .found(let value) = context.lookup(String(name.dropFirst())), let resolved = value.text,
                !resolved.isEmpty
            else { return nil }
            name = resolved
        }
        do {
            guard let nodes = try expansions.partial(name, indent: indent) else {
                if options.strict { errors.append(.missingPartial(name: name, at: tag.location)) }
                return nil
            }
            return nodes
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// A section's value; missing names are false (a section is how a template says "if").
    private func sectionValue(_ tag: Tag, _ context: inout Context) -> Value? {
        switch context.lookup(tag) {
        case .found(let value): return value
        case .missing: return nil
        case .notInList:
            errors.append(.notInList(name: tag.name, at: tag.location))
            return nil
        }
    }

    /// The text a variable prints, formatters applied; `nil` (and an error when strict) when
    /// there is nothing to print.
    private func text(of tag: Tag, _ context: inout Context) -> String? {
        var value: Value?
        switch context.lookup(tag) {
        case .found(let found): value = found
        case .missing where namesStreamedList(tag):
            errors.append(.notText(field: tag.name, kind: Value.list([]).kindName, record: record, at: tag.location))
            return nil
        case .missing(let keys):
            if !(tag.formatters.first?.name == "mac_dinh") {
                if options.strict {
                    errors.append(.missingField(field: tag.name, suggestion: Suggestion.closest(to: tag.name, among: keys()),
                                                record: record, at: tag.location))
                }
                return nil
            }
        case .notInList:
            errors.append(.notInList(name: tag.name, at: tag.location))
            return nil
        }
        for call in tag.formatters {
            guard let function = options.formatters.function(named: call.name) else { continue }
            do {
                value = try function(value, call.arguments)
            } catch {
                if error.missing {
                    if options.strict {
                        errors.append(.missingField(field: tag.name, suggestion: nil, record: record, at: tag.location))
                    }
                } else {
                    errors.append(.formatterFailed(formatter: call.name, field: tag.name, message: error.message,
                                                   record: record, at: tag.location))
                }
                return nil
            }
        }
        guard let value else { return nil }
        guard let text = value.text else {
            errors.append(.notText(field: tag.name, kind: value.kindName, record: record, at: tag.location))
            return nil
        }
        return text
    }

    private func note(_ dropped: [String], _ tag: Tag) {
        guard !dropped.isEmpty else { return }
        droppedCharacters += dropped.map { "\(tag.name): \($0)" }
    }

    /// A value alone in its paragraph: blank lines separate paragraphs of the same style; with
    /// a bullet style in the template, lines starting with `- ` (`+ `) become bullet paragraphs.
    private func writeParagraphs(_ text: String, shape: ParagraphShape, tag: Tag) {
        // Most values are one line: no splitting.
        let isOneLine = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress else { return true }
            return memchr(start, 0x0A, bytes.count) == nil && memchr(start, 0x0D, bytes.count) == nil
        } ?? !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
        if isOneLine && (shape.bullet == nil || !(text.hasPrefix("- ") || text.hasPrefix("+ "))) {
            var dropped: [String] = []
            write(shape.open)
            options.escaping.append(text, escaped: true, to: &output, dropped: &dropped)
            write(shape.close)
            note(dropped, tag)
            return
        }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        var paragraphs: [(open: [UInt8], text: String)] = []
        for block in normalized.components(separatedBy: "\n\n") {
            var pending: [String] = []
            func flush() {
                // A paragraph that is one numbered sub-heading stays with the text it heads.
                if pending.count == 1, let heading = shape.subHeading, Self.isSubHeading(pending[0]) {
                    paragraphs.append((heading, pending[0]))
                } else if !pending.isEmpty {
                    paragraphs.append((shape.open, pending.joined(separator: "\n")))
                }
                pending = []
            }
            for line in block.components(separatedBy: "\n") {
                if line.hasPrefix("- "), let bullet = shape.bullet {
                    flush()
                    paragraphs.append((bullet, line))
                } else if line.hasPrefix("+ "), let bullet = shape.subBullet ?? shape.bullet {
                    flush()
                    paragraphs.append((bullet, line))
                } else if !line.isEmpty {
                    pending.append(line)
                }
            }
            flush()
        }
        if paragraphs.isEmpty { paragraphs.append((shape.open, "")) }
        var dropped: [String] = []
        for paragraph in paragraphs {
            output.append(contentsOf: paragraph.open)
            options.escaping.append(paragraph.text, escaped: true, to: &output, dropped: &dropped)
            output.append(contentsOf: shape.close)
        }
        note(dropped, tag)
    }

    /// A numbered sub-heading of a plan or letter: `1. …`, `2.1. …`, `a) …` (the Vietnamese
    /// alphabet, SPEC §3), short and not ending a sentence (`.`, `;`): "1. Mục đích, yêu cầu",
    /// "a) Đối với tập thể:". Written in the template's "Tiểu mục" style, which keeps it on the
    /// page of the text it heads.
    static func isSubHeading(_ line: String) -> Bool {
        guard line.count <= 120, !line.hasSuffix("."), !line.hasSuffix(";") else { return false }
        let scalars = Array(line.unicodeScalars.prefix(16))
        var index = 0
        if let first = scalars.first, "abcdđeghiklmnopqrstuvxy".unicodeScalars.contains(first) {
            index = 1
            guard scalars.count > 2, scalars[1] == ")" else { return false }
            index = 2
        } else {
            // Numbers each followed by its dot: `1.`, `2.1.` (not `10.000 người`).
            guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                guard index < scalars.count, scalars[index] == "." else { return false }
                index += 1
            }
        }
        return index < scalars.count && scalars[index] == " " && index + 1 < scalars.count && scalars[index + 1] != " "
    }
}
