import Foundation

/// Where `{{> name}}` finds its template.
enum PartialSource: Sendable {
    /// Text given in memory (the Mustache spec tests).
    case dictionary([String: String])
    /// Files beside a text template: `name`, else `name.<extension>`.
    case folder(URL, fileExtension: String)
    /// `.fodt` files beside an ODF template.
    case odfFolder(URL)

    func compile(_ name: String, indent: String, options: Template.Options) throws(TemplateError) -> [Node]? {
        switch self {
        case .dictionary(let texts):
            guard let text = texts[name] else { return nil }
            return try Self.compileText(text, name: name, indent: indent)
        case .folder(let folder, let fileExtension):
            guard Self.isSafe(name) else { return nil }
            for candidate in [name, "\(name).\(fileExtension)"] {
                let url = folder.appendingPathComponent(candidate)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw .unreadableTemplate(path: url.relativePath, reason: "không phải văn bản UTF-8")
                }
                return try Self.compileText(text.precomposedStringWithCanonicalMapping, name: url.relativePath, indent: indent)
            }
            return nil
        case .odfFolder(let folder):
            guard Self.isSafe(name) else { return nil }
            for candidate in [name, "\(name).fodt", "\(name).odt"] where candidate.hasSuffix(".fodt") || candidate.hasSuffix(".odt") {
                let url = folder.appendingPathComponent(candidate)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                return try ODFPartial.compile(url)
            }
            return nil
        }
    }

    /// A partial name stays beside the template: no absolute path, no `..`.
    static func isSafe(_ name: String) -> Bool {
        !name.hasPrefix("/") && !name.split(separator: "/").contains("..") && !name.contains("\0")
    }

    static func compileText(_ text: String, name: String, indent: String) throws(TemplateError) -> [Node] {
        var tokens = try TextTokenizer(source: text, file: name).tokenize()
        if !indent.isEmpty { tokens = Indentation.reindent(tokens, strip: "", add: indent) }
        return try Parser(file: name).parse(tokens)
    }
}
