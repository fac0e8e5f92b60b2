import Foundation
import VanbanODF

/// A Word template (`.docx`) compiled: the main document cut around its body, the headers,
/// footers and notes that hold tags compiled as templates of their own, every other part kept
/// as bytes in a package compressed once. A record renders straight into the parts, which are
/// added to a copy of that package: its content types, relationships, styles, numbering,
/// fonts and pictures are the template's.
struct DOCXProgram {
    struct Part {
        let name: String
        let nodes: [Node]
    }

    /// The main document part's name (`word/document.xml`).
    let main: String
    /// The main document: what comes before the body's content, the content, what closes it.
    let prefix: [Node]
    let body: [Node]
    let suffix: [Node]
    /// The body's last `w:sectPr` (page size, margins, headers and footers), or `nil`.
    let section: String?
    /// Headers, footers and notes with tags: filled with the record (with the first record,
    /// in one file with a page per record).
    let parts: [Part]
    /// Every other part, deflated once.
    let base: Data
    /// `word/numbering.xml`, kept out of ``base``: a file with a page per record writes it
    /// with each record's lists restarted (``DOCXNumbering``).
    let numbering: DOCXNumbering?
    /// The first id of the main document's drawings (`wp:docPr`), numbered again in each
    /// rendered document (a repeated picture would repeat its id); `nil` when it has none.
    let drawingIds: Int?
    let path: String

    /// Relationship types whose parts may hold tags.
    private static let taggedTypes = ["/header", "/footer", "/footnotes", "/endnotes"]

    init(package: WordPackage, formatters: FormatterRegistry) throws(TemplateError) {
        path = package.path
        main = package.mainPart
        let relationships = Self.relationships(of: main, in: package)
        let mainPart = package.mainPart
        func resolve(_ target: String) -> String { WordPackage.resolve(target, from: mainPart) }
        var styles: Document?
        if let stylesPart = relationships.first(where: { $0.type.hasSuffix("/styles") }).map({ resolve($0.target) }) {
            styles = try? package.document(stylesPart)
        }
        let (bullets, listStyles) = BulletStyles.findWord(in: styles)

        let mainOutput = try Self.compile(main, of: package, file: package.path, bullets: bullets,
                                          listStyles: listStyles, isMain: true)
        let parser = Parser(file: package.path)
        prefix = try parser.parse(mainOutput.prefix)
        body = try parser.parse(mainOutput.body)
        suffix = try parser.parse(mainOutput.suffix)
        section = mainOutput.section

        var parts: [Part] = []
        let tagged = Set(relationships.filter { relationship in
            !relationship.isExternal && Self.taggedTypes.contains(where: { relationship.type.hasSuffix($0) })
        }.map { resolve($0.target) })
        for name in tagged.sorted() {
            guard let data = package.data(name), data.range(of: Data("{{".utf8)) != nil else { continue }
            let output = try Self.compile(name, of: package, file: "\(package.path)/\(name)", bullets: bullets,
                                          listStyles: listStyles, isMain: false)
            parts.append(Part(name: name, nodes: try Parser(file: "\(package.path)/\(name)").parse(output.prefix)))
        }
        self.parts = parts
        let mainData = package.data(mainPart) ?? Data()
        drawingIds = mainData.range(of: Self.drawingId) == nil ? nil
            : package.entries.filter { $0.name != mainPart }.map { Self.largestDrawingId(in: $0.data) }.max().map { $0 + 1 } ?? 1
        let numberingPart = relationships.first(where: { $0.type.hasSuffix("/numbering") }).map { resolve($0.target) }
        numbering = numberingPart.flatMap { name in package.data(name).map { DOCXNumbering(name: name, data: $0) } }
        let rendered = Set([main] + parts.map(\.name) + (numbering.map { [$0.name] } ?? []))
        do {
            base = try WordPackage.zip(package.entries.filter { !rendered.contains($0.name) }.map { ($0.name, $0.data) },
                                       path: package.path)
        } catch {
            throw .unreadableTemplate(path: package.path, reason: error.description)
        }
        try FormatterCheck.check(prefix + body + suffix, registry: formatters)
        for part in parts { try FormatterCheck.check(part.nodes, registry: formatters) }
    }

    private static func relationships(of part: String, in package: WordPackage) -> [WordPackage.Relationship] {
        let name = WordPackage.relationshipsPart(of: part)
        guard let data = package.data(name) else { return [] }
        return (try? WordPackage.relationships(data, path: "\(package.path)/\(name)")) ?? []
    }

    private static func compile(_ name: String, of package: WordPackage, file: String, bullets: BulletStyles,
                                listStyles: Set<String>, isMain: Bool) throws(TemplateError) -> DOCXCompiler.Output {
        let document: Document
        do {
            document = try package.document(name)
        } catch {
            throw .unreadableTemplate(path: package.path, reason: error.description)
        }
        return try DOCXCompiler(file: file, document: document, bullets: bullets, listStyles: listStyles,
                                isMain: isMain).compile()
    }

    /// What goes between two records in one file: a paragraph ending the record's section,
    /// which starts the next on a new page (page numbers from 1 again when `restarting`).
    func recordBreak(restarting: Bool) -> [UInt8] {
        guard let section else { return Array("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>".utf8) }
        return Array("<w:p><w:pPr>\(Self.section(section, restarting: restarting))</w:pPr></w:p>".utf8)
    }

    /// The last section, in one file with a page per record.
    func lastSection(restarting: Bool) -> [UInt8] {
        Array((section.map { Self.section($0, restarting: restarting) } ?? "").utf8)
    }

    /// A copy of `w:sectPr` that starts on a new page, its page numbers from 1 when `restarting`.
    static func section(_ xml: String, restarting: Bool) -> String {
        var text = xml.replacingOccurrences(of: #"<w:type w:val="[A-Za-z]+"/>"#, with: "<w:type w:val=\"nextPage\"/>",
                                            options: .regularExpression)
        guard restarting else { return text }
        if text.hasSuffix("/>"), !text.contains("</w:sectPr>") {
            text = String(text.dropLast(2)) + "></w:sectPr>"
        }
        if let range = text.range(of: #"<w:pgNumType[^>]*?/?>"#, options: .regularExpression) {
            var element = String(text[range]).replacingOccurrences(of: #" w:start="[0-9]+""#, with: "",
                                                                   options: .regularExpression)
            let closing = element.hasSuffix("/>") ? 2 : 1
            element.insert(contentsOf: " w:start=\"1\"", at: element.index(element.endIndex, offsetBy: -closing))
            text.replaceSubrange(range, with: element)
            return text
        }
        // CT_SectPr's order: pgNumType comes before these.
        let after = ["<w:cols", "<w:formProt", "<w:vAlign", "<w:noEndnote", "<w:titlePg", "<w:textDirection",
                     "<w:bidi", "<w:rtlGutter", "<w:docGrid", "<w:printerSettings", "<w:sectPrChange", "</w:sectPr>"]
        let place = after.compactMap { text.range(of: $0)?.lowerBound }.min() ?? text.endIndex
        text.insert(contentsOf: "<w:pgNumType w:start=\"1\"/>", at: place)
        return text
    }

    private static let drawingId = Data("docPr id=\"".utf8)

    private static func largestDrawingId(in data: Data) -> Int {
        var largest = 0
        var from = data.startIndex
        while let range = data.range(of: drawingId, in: from..<data.endIndex) {
            var number = 0
            var index = range.upperBound
            while index < data.endIndex, data[index] >= 0x30, data[index] <= 0x39 {
                number = number * 10 + Int(data[index] - 0x30)
                index += 1
            }
            largest = max(largest, number)
            from = index
        }
        return largest
    }

    /// `bytes` with its drawings numbered `start`, `start + 1`, … in order.
    static func numberDrawings(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        let pattern = Array(drawingId)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var next = start
        var index = 0
        while index < bytes.count {
            if bytes[index] == pattern[0], bytes[index...].starts(with: pattern) {
                result.append(contentsOf: pattern)
                index += pattern.count
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                result.append(contentsOf: String(next).utf8)
                next += 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
