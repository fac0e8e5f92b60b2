import Foundation

/// A packaged ODT (`.odt`) written straight to a file while its `content.xml` is still being
/// made, so that a document of any length takes bounded memory: `mimetype` first and stored,
/// `content.xml` deflated as its bytes come (``write(_:)``), then the other parts, the
/// pictures and `META-INF/manifest.xml` (``finish(parts:pictures:version:)``).
package final class PackageStream {
    private let zip: ZipStream

    /// Starts the package at `url` (`path` names it in messages).
    package init(url: URL, path: String) throws(ODFError) {
        zip = try ZipStream(url: url, path: path)
        try zip.add("mimetype", Data(textDocumentMediaType.utf8), compressed: false)
        // `content.xml` of a long batch is hundreds of megabytes of repetitive XML, which
        // ISA-L's level 2 shrinks about twentyfold at some 4 GB/s.
        try zip.begin("content.xml", level: 2)
    }

    /// Adds the next bytes of `content.xml`.
    package func write(_ content: Data) throws(ODFError) {
        try zip.write(content)
    }

    /// Ends `content.xml`, adds the other XML `parts` (`styles.xml`, `meta.xml`, …), the
    /// `pictures`, and the manifest that lists them all; closes the file.
    package func finish(parts: [(name: String, data: Data)], pictures: [(name: String, mediaType: String, data: Data)],
                        version: String) throws(ODFError) {
        try zip.end()
        for part in parts { try zip.add(part.name, part.data, compressed: true) }
        for picture in pictures { try zip.add(picture.name, picture.data, compressed: false) }
        let manifest = Manifest(
            version: version,
            files: (["content.xml"] + parts.map(\.name)).map { ($0, "text/xml") } + pictures.map { ($0.name, $0.mediaType) })
        try zip.add("META-INF/manifest.xml", manifest.data(), compressed: true)
        try zip.finish()
    }
}
