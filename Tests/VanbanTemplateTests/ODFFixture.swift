import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

enum ODFFixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func template(_ name: String, strict: Bool = true, form: Template.Form = .flat) throws -> Template {
        try Template(contentsOf: url(name), options: .init(strict: strict, form: form))
    }

    static func data(_ yaml: String) throws -> Value {
        try YAMLReader.read(yaml, path: "du-lieu.yaml")
    }

    /// A strict ODF 1.3 document whose body is `body` (inner XML of office:text).
    static func document(_ body: String, path: String = "mau.fodt") throws -> Document {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:text>
            \(body)
            </office:text></office:body></office:document>
            """
        return try Document(data: Data(xml.utf8), path: path)
    }

    static func lines(_ rendering: Rendering) throws -> [String] {
        try rendering.document().plainText.components(separatedBy: "\n")
    }
}
