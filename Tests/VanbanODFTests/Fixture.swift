import Foundation

/// The files in `Fixtures/`.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    /// A small strict ODF 1.3 text document whose body is `paragraphs`, each a `text:p`'s inner XML.
    static func flat(body paragraphs: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:body>
          <office:text>
        \(paragraphs.map { "   <text:p>\($0)</text:p>" }.joined(separator: "\n"))
          </office:text>
         </office:body>
        </office:document>

        """
    }
}
