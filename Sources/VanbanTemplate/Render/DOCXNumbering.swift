import Foundation
import VanbanODF

/// Word's numbered lists in one `.docx` with a page per record: a list's numbers run on
/// through the whole file (the second invitation's agenda would start at 4), so each record
/// after the first gets lists of its own, restarting at the template's first number. Every
/// `w:numId` in a record's part of the body is given a new `w:num` in `word/numbering.xml`,
/// on the same list definition, its levels restarted (`w:startOverride`).
struct DOCXNumbering {
    /// The numbering part's name and bytes.
    let name: String
    let data: Data

    private static let numIdAttribute = Array(#"<w:numId w:val=""#.utf8)

    /// The body's bytes with each record's lists renumbered, and the numbering part with
    /// their definitions; `nil` when no record after the first has a numbered paragraph.
    /// `recordStarts`: where each record's body begins in `body`; `end`: where the last ends.
    func restart(_ body: [UInt8], recordStarts: [Int], end: Int) -> (body: [UInt8], numbering: Data)? {
        guard recordStarts.count > 1, let document = try? Document(xmlPart: data, path: name),
            let root = document.rootNode
        else { return nil }
        var abstractOf: [Int: String] = [:]
        var starts: [String: [(level: String, start: String)]] = [:]
        for element in root.childElements {
            if element.isElement(Word.main, "num"), let id = element.attribute(Word.main, "numId").flatMap(Int.init),
                let abstract = element.firstChild(Word.main, "abstractNumId")?.attribute(Word.main, "val")
            {
                abstractOf[id] = abstract
            } else if element.isElement(Word.main, "abstractNum"), let id = element.attribute(Word.main, "abstractNumId") {
                starts[id] = element.childElements.filter { $0.isElement(Word.main, "lvl") }.compactMap { level in
                    level.attribute(Word.main, "ilvl").map { ($0, level.firstChild(Word.main, "start")?.attribute(Word.main, "val") ?? "1") }
                }
            }
        }
        var next = (abstractOf.keys.max() ?? 0) + 1
        var result = Array(body[..<recordStarts[1]])
        result.reserveCapacity(body.count + 64 * recordStarts.count)
        var added = 0
        for (index, start) in recordStarts.enumerated().dropFirst() {
            let stop = index + 1 < recordStarts.count ? recordStarts[index + 1] : end
            var renumbered: [Int: Int] = [:]
            var position = start
            while position < stop {
                guard body[position] == Self.numIdAttribute[0], body[position...].starts(with: Self.numIdAttribute) else {
                    result.append(body[position])
                    position += 1
                    continue
                }
                result.append(contentsOf: Self.numIdAttribute)
                position += Self.numIdAttribute.count
                var digits = position
                while digits < stop, (0x30...0x39).contains(body[digits]) { digits += 1 }
                let id = Int(String(decoding: body[position..<digits], as: UTF8.self)) ?? 0
                position = digits
                guard let abstract = abstractOf[id] else {
                    // 0 (no numbering) or an id the numbering part lacks: as written.
                    result.append(contentsOf: String(id).utf8)
                    continue
                }
                let own = renumbered[id] ?? {
                    let fresh = next
                    next += 1
                    renumbered[id] = fresh
                    root.appendChild(Self.num(fresh, abstract: abstract, levels: starts[abstract] ?? [], in: document))
                    added += 1
                    return fresh
                }()
                result.append(contentsOf: String(own).utf8)
            }
        }
        result.append(contentsOf: body[end...])
        guard added > 0 else { return nil }
        return (result, document.xmlData)
    }

    /// `<w:num w:numId="id"><w:abstractNumId w:val="abstract"/>` with every level restarted.
    private static func num(_ id: Int, abstract: String, levels: [(level: String, start: String)], in document: Document) -> TreeNode {
        let num = document.makeElement(Word.main, "num", prefix: "w")
        num.setAttribute(Word.main, "numId", to: String(id))
        let reference = document.makeElement(Word.main, "abstractNumId", prefix: "w")
        reference.setAttribute(Word.main, "val", to: abstract)
        num.appendChild(reference)
        for (level, start) in levels {
            let override = document.makeElement(Word.main, "lvlOverride", prefix: "w")
            override.setAttribute(Word.main, "ilvl", to: level)
            let startOverride = document.makeElement(Word.main, "startOverride", prefix: "w")
            startOverride.setAttribute(Word.main, "val", to: start)
            override.appendChild(startOverride)
            num.appendChild(override)
        }
        return num
    }
}
