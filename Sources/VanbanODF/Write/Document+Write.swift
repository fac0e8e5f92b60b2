import Foundation

extension Document {
    /// The document as Flat ODT bytes.
    public func fodtData() -> Data {
        XMLSerialization.data(of: xml)
    }

    /// The document as a packaged ODT (zip) file's bytes.
    public func odtData() throws(ODFError) -> Data {
        try PackageWriter(document: self).data()
    }

    /// The document's bytes in `format`: `.fodt` or `.odt` (PDF and DOCX come from
    /// ``OfficeConverter``, and are refused here).
    public func data(as format: OutputFormat) throws(ODFError) -> Data {
        switch format {
        case .fodt: return fodtData()
        case .odt: return try odtData()
        case .pdf, .docx: throw .needsOffice(path: path, format: format)
        }
    }

    /// Writes the document to `url` atomically, in `format` or the one its extension names
    /// (`.fodt` unless it is `.odt`).
    public func write(to url: URL, format: OutputFormat? = nil) throws(ODFError) {
        let format = format ?? OutputFormat(fileExtension: url.pathExtension) ?? .fodt
        try AtomicFile.write(try data(as: format), to: url)
    }
}
