import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// Word fixtures and what tests read back from a `.docx`: paragraphs' text, parts, and the
/// package-level checks (well-formed parts, relationships, content types).
enum DOCXFixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/docx")!
    }

    static func template(_ name: String, strict: Bool = true) throws -> Template {
        try Template(contentsOf: url(name), options: .init(strict: strict))
    }

    /// The text of `part`'s paragraphs, one string each: `w:t` as text, `w:tab` as a tab,
    /// `w:br` as a new line; deleted text left out.
    static func paragraphs(_ docx: Data, part: String = "word/document.xml") throws -> [String] {
        let package = try WordPackage(data: docx, path: "ket-qua.docx")
        let document = try package.document(part)
        var lines: [String] = []
        func text(of node: TreeNode) -> String {
            var result = ""
            for child in node.childElements where child.namespaceURI == word {
                switch child.localName {
                case "t": result += child.content
                case "tab": result += "\t"
                case "br", "cr": result += "\n"
                case "p", "pPr", "rPr", "del", "txbxContent": continue
                default: result += text(of: child)
                }
            }
            return result
        }
        document.rootNode?.forEachElement { node in
            if node.isElement(word, "p") { lines.append(text(of: node)) }
        }
        return lines
    }

    /// Every paragraph of every tagged part's text joined, for looking values up.
    static func xml(_ docx: Data, part: String = "word/document.xml") throws -> String {
        let package = try WordPackage(data: docx, path: "ket-qua.docx")
        return String(decoding: package.data(part) ?? Data(), as: UTF8.self)
    }

    static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// What is wrong with a package at the level of OPC: a part that is not well-formed XML, a
    /// relationship whose target is missing, a part that `[Content_Types].xml` does not cover,
    /// an id repeated where ids must be unique (`w14:paraId`, `w:bookmarkStart/@w:id`, `wp:docPr/@id`).
    static func packageProblems(_ docx: Data) throws -> [String] {
        let package = try WordPackage(data: docx, path: "ket-qua.docx")
        var problems: [String] = []
        let names = Set(package.entries.map(\.name))
        var defaults: Set<String> = []
        var overrides: Set<String> = []
        let types = try package.document("[Content_Types].xml")
        for node in types.rootNode?.childElements ?? [] {
            if node.localName == "Default", let value = node.plainAttribute("Extension") { defaults.insert(value.lowercased()) }
            if node.localName == "Override", let value = node.plainAttribute("PartName") { overrides.insert(value) }
        }
        for entry in package.entries {
            let fileName = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
            let fileExtension = fileName.contains(".") ? String(fileName.split(separator: ".").last ?? "").lowercased() : ""
            if entry.name != "[Content_Types].xml", !overrides.contains("/" + entry.name), !defaults.contains(fileExtension) {
                problems.append("no content type: \(entry.name)")
            }
            guard fileExtension == "xml" || fileExtension == "rels" else { continue }
            do {
                let document = try package.document(entry.name)
                var ids: [String: Int] = [:]
                document.rootNode?.forEachElement { node in
                    if let id = node.attribute("http://schemas.microsoft.com/office/word/2010/wordml", "paraId") {
                        ids["paraId " + id, default: 0] += 1
                    }
                    if node.isElement(word, "bookmarkStart"), let id = node.attribute(word, "id") {
                        ids["bookmark " + id, default: 0] += 1
                    }
                    if node.localName == "docPr", let id = node.plainAttribute("id") {
                        ids["drawing " + id, default: 0] += 1
                    }
                }
                problems += ids.filter { $0.value > 1 }.map { "\(entry.name): repeated \($0.key)" }.sorted()
            } catch {
                problems.append("\(entry.name): \(error)")
            }
            guard fileExtension == "rels" else { continue }
            let source = entry.name.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
            for relationship in try WordPackage.relationships(entry.data, path: entry.name) where !relationship.isExternal {
                let target = WordPackage.resolve(relationship.target, from: source)
                if !names.contains(target) { problems.append("\(entry.name): \(relationship.id) → missing \(target)") }
            }
        }
        for part in overrides where !names.contains(String(part.dropFirst())) {
            problems.append("content type for a missing part: \(part)")
        }
        return problems
    }
}
