import Foundation
import VanbanData
import VanbanODF

/// A document with `{{fields}}` where the data goes, ready to be filled.
///
/// This is the minimal filler of the foundation: `{{ten}}` and `{{co_quan.ten}}` written inside
/// one run of text are replaced by the value, made safe by ``SafeText``. The template engine
/// replaces ``render(_:)``'s body and keeps this interface.
public final class Template {
    /// The template as read.
    public let document: Document

    /// Reads a template file (`.fodt` or `.odt`).
    public init(contentsOf url: URL) throws(ODFError) {
        document = try Document(contentsOf: url)
    }

    /// Wraps a document already read.
    public init(document: Document) {
        self.document = document
    }

    /// A filled copy of the template; the template itself is unchanged.
    public func render(_ data: Value) throws(TemplateError) -> Rendering {
        let output = document.copy()
        var filler = PlaceholderFiller(data: data, templatePath: document.path)
        try filler.fill(output)
        return Rendering(document: output, droppedCharacters: filler.droppedCharacters)
    }
}

/// A filled document and what was noticed while filling it.
public struct Rendering {
    /// The filled document.
    public let document: Document
    /// Control characters removed from values, by field (`ho_ten: U+0007`).
    public let droppedCharacters: [String]
}
