import Foundation
import VanbanODF

/// `{{> ten}}` in an ODF template: the body of `ten.fodt` (or `.odt`) beside it, inserted where
/// the tag's paragraph was. The partial uses the host's styles by name; its own automatic
/// styles are not carried over.
enum ODFPartial {
    static func compile(_ url: URL) throws(TemplateError) -> [Node] {
        let document: Document
        do {
            document = try Document(contentsOf: url)
        } catch {
            throw .unreadableTemplate(path: url.relativePath, reason: error.description)
        }
        let compiled = try ODFCompiler(document: document, partialFolder: url.deletingLastPathComponent()).compile()
        return try Parser(file: url.relativePath).parse(compiled.body.filter {
            if case .pageStyle = $0.kind { return false }
            return true
        })
    }
}
