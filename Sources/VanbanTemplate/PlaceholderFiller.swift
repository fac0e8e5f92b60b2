import CLibXML2
import Foundation
import VanbanData
import VanbanODF

/// Replaces `{{name}}` tags found inside single text nodes with their values.
struct PlaceholderFiller {
    let data: Value
    let templatePath: String
    private(set) var droppedCharacters: [String] = []

    init(data: Value, templatePath: String) {
        self.data = data
        self.templatePath = templatePath
    }

    private static let tag = try! NSRegularExpression(pattern: #"\{\{\s*([\p{L}\p{N}_.]+)\s*\}\}"#)

    mutating func fill(_ document: Document) throws(TemplateError) {
        var textNodes: [XMLNodePointer] = []
        collectText(document.root, into: &textNodes)
        for node in textNodes {
            try fill(node)
        }
    }

    private func collectText(_ node: XMLNodePointer, into nodes: inout [XMLNodePointer]) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE {
                nodes.append(current)
            } else if current.isElement {
                collectText(current, into: &nodes)
            }
            child = current.pointee.next
        }
    }

    private mutating func fill(_ node: XMLNodePointer) throws(TemplateError) {
        let text = node.content
        guard text.contains("{{") else { return }
        let matches = Self.tag.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty, let parent = node.pointee.parent else { return }
        var position = text.startIndex
        for match in matches {
            let whole = Range(match.range, in: text)!
            let field = String(text[Range(match.range(at: 1), in: text)!])
            let value = try lookup(field, at: node)
            let safe = SafeText(value)
            droppedCharacters += safe.droppedCharacters.map { "\(field): \($0)" }
            let before = text[position..<whole.lowerBound]
            if !before.isEmpty { node.insertBefore(xmlNewDocText(node.pointee.doc, String(before))) }
            safe.insert(into: parent, before: node)
            position = whole.upperBound
        }
        // On a text node libxml2 stores the content as it is (no entity parsing).
        xmlNodeSetContent(node, String(text[position...]))
    }

    private func lookup(_ field: String, at node: XMLNodePointer) throws(TemplateError) -> String {
        var current = data
        var walked: [String] = []
        for part in field.split(separator: ".").map(String.init) {
            guard let next = current[part] else {
                let suggestion = Suggestion.closest(to: part, among: current.keys)
                    .map { (walked + [$0]).joined(separator: ".") }
                throw .missingField(
                    template: templatePath, line: node.line, field: field,
                    context: paragraphContext(of: node), suggestion: suggestion)
            }
            walked.append(part)
            current = next
        }
        guard let text = current.text else {
            throw .notText(template: templatePath, line: node.line, field: field, kind: current.kindName)
        }
        return text
    }

    /// The paragraph's text around the tag, shortened, for messages.
    private func paragraphContext(of node: XMLNodePointer) -> String {
        var paragraph = node.pointee.parent
        while let current = paragraph, !(current.isElement(Namespace.text, "p") || current.isElement(Namespace.text, "h")) {
            paragraph = current.pointee.parent
        }
        let text = (paragraph ?? node).content
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
