import Foundation

/// `META-INF/manifest.xml`: the list of a package's files with their media types.
struct Manifest {
    let version: String
    let files: [(path: String, mediaType: String)]

    func data() -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="\(Namespace.manifest)" manifest:version="\(version)">
             <manifest:file-entry manifest:full-path="/" manifest:version="\(version)" \
            manifest:media-type="\(textDocumentMediaType)"/>

            """
        for file in files {
            xml += " <manifest:file-entry manifest:full-path=\"\(file.path)\" manifest:media-type=\"\(file.mediaType)\"/>\n"
        }
        xml += "</manifest:manifest>\n"
        return Data(xml.utf8)
    }
}
