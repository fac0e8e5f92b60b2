import Foundation
import VanbanODF

/// Turns tags that stand in paragraphs of their own into structure:
///
/// ```
/// {{#danh_sach}}          ← paragraph removed
/// Họ tên: {{ho_ten}}      ← repeated for each item
/// {{/danh_sach}}          ← paragraph removed
///
/// | {{#ds}}{{@stt}} | {{ho_ten}} | {{don_vi}}{{/ds}} |   ← the whole row repeated
/// ```
///
/// A section whose tags are in different paragraphs repeats the blocks between them (the
/// children of their nearest common ancestor), or the whole row or list item when both tags
/// are in one; paragraphs left empty by their tags vanish. A section within one paragraph is
/// the dialect's to lift (``Dialect/liftWithinParagraph(open:close:lifter:)``).
struct StructureLifter<Vocabulary: Dialect> {
    let file: String
    let dialect: Vocabulary

    func lift(_ found: inout [FoundTag]) throws(TemplateError) {
        for (index, item) in found.enumerated() {
            item.marker.setContent(String(index))
        }
        var stack: [Int] = []
        var emptied: [TreeNode] = []
        for (index, item) in found.enumerated() {
            switch item.tag.kind {
            case .section, .inverted:
                // Deeper than the parser takes: said now, before lifting costs more per level.
                if stack.count >= Parser.maxDepth { throw Parser.tooDeep(item.tag) }
                stack.append(index)
            case .close:
                guard let openIndex = stack.popLast() else {
                    throw .unexpectedClose(name: item.tag.name, open: nil, at: item.tag.location)
                }
                let open = found[openIndex]
                guard open.tag.name == item.tag.name else {
                    throw .unexpectedClose(name: item.tag.name, open: open.tag.name, at: item.tag.location)
                }
                if open.paragraph == item.paragraph {
                    dialect.liftWithinParagraph(open: open, close: item, lifter: self)
                    continue
                }
                try liftSection(open: open, close: item)
                emptied += [open.paragraph, item.paragraph]
            case .partial:
                try dialect.liftPartial(item)
                emptied.append(item.paragraph)
            case .comment, .delimiters:
                // They print nothing: their marker goes, and their paragraph with it if emptied.
                item.marker.remove()
                emptied.append(item.paragraph)
            case .block, .parent:
                throw .unsupported(feature: "kế thừa mẫu ({{$…}}, {{<…}})", at: item.tag.location)
            case .variable, .unescaped:
                break
            }
        }
        if let open = stack.last {
            throw .unclosedSection(name: found[open].tag.name, at: found[open].tag.location)
        }
        for paragraph in Set(emptied) where dialect.isBlank(paragraph) {
            dialect.removeOrEmpty(paragraph)
        }
    }

    /// Moves the markers of a section spread over several paragraphs to the edges of the
    /// blocks it repeats.
    private func liftSection(open: FoundTag, close: FoundTag) throws(TemplateError) {
        let openPath = open.marker.ancestors
        let closePath = close.marker.ancestors
        guard var common = openPath.last(where: { node in closePath.contains(node) }),
            let commonIndex = openPath.firstIndex(of: common), let closeIndex = closePath.firstIndex(of: common),
            commonIndex + 1 < openPath.count, closeIndex + 1 < closePath.count
        else {
            throw .tagAcrossParagraphs(text: "{{/\(close.tag.name)}}", at: close.tag.location)
        }
        var first = openPath[commonIndex + 1]
        var last = closePath[closeIndex + 1]
        // Both in one table row (list item): the row (item) itself repeats.
        while dialect.repeatsWhole(common), let parent = common.parent {
            first = common
            last = common
            common = parent
        }
        guard !dialect.isParagraph(common) else { return }
        Self.place(open: open.marker.unlink(), before: first, close: close.marker.unlink(), after: last, in: common)
    }

    /// Puts a section's markers around the blocks `first`…`last`. Sections inside it were placed
    /// first: its opening goes before their markers, its closing after theirs; the markers of
    /// sections before or after it (numbered outside its own two) stay outside.
    static func place(open: TreeNode, before first: TreeNode, close: TreeNode, after last: TreeNode, in parent: TreeNode) {
        let range = (number(open) ?? 0)...(number(close) ?? Int.max)
        func isInner(_ node: TreeNode) -> Bool {
            isMarker(node) && number(node).map { range.contains($0) } == true
        }
        var start = first
        while let previous = start.previousSibling, isInner(previous) { start = previous }
        start.insertBefore(open)
        var end = last
        while let next = end.nextSibling, isInner(next) { end = next }
        if let next = end.nextSibling { next.insertBefore(close) } else { parent.appendChild(close) }
    }

    /// Whether `node` is a tag's marker (`<?vanban 12?>`).
    static func isMarker(_ node: TreeNode) -> Bool {
        node.kind == .instruction && node.hasName("vanban")
    }

    /// The number of a tag's marker.
    private static func number(_ marker: TreeNode) -> Int? {
        Int(marker.content.trimmingCharacters(in: .whitespaces))
    }

    /// Whether only what the dialect calls filler lies between `marker` and the start (end) of
    /// `paragraph`.
    func isEdge(_ marker: TreeNode, of paragraph: TreeNode, atStart: Bool) -> Bool {
        var node: TreeNode? = marker
        while let current = node, current != paragraph {
            var sibling = atStart ? current.previousSibling : current.nextSibling
            while let each = sibling {
                if !dialect.isEdgeFiller(each) { return false }
                sibling = atStart ? each.previousSibling : each.nextSibling
            }
            node = current.parent
        }
        return true
    }
}
