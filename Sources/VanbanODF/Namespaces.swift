/// The XML namespaces of OpenDocument that vanban reads and writes.
public enum Namespace {
    /// The namespace of `office:`.
    public static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// The namespace of `style:`.
    public static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    /// The namespace of `text:`.
    public static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    /// The namespace of `table:`.
    public static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    /// The namespace of `draw:`.
    public static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    /// The namespace of `fo: (XSL-FO properties)`.
    public static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    /// The namespace of `xlink:`.
    public static let xlink = "http://www.w3.org/1999/xlink"
    /// The namespace of `dc: (Dublin Core metadata)`.
    public static let dc = "http://purl.org/dc/elements/1.1/"
    /// The namespace of `meta:`.
    public static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    /// The namespace of `number: (data styles)`.
    public static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    /// The namespace of `svg:`.
    public static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    /// The namespace of `manifest: (a package's manifest)`.
    public static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    /// The namespace of `config: (settings)`.
    public static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
}

/// The media type of an OpenDocument text document (`office:mimetype`, the `mimetype` zip entry).
public let textDocumentMediaType = "application/vnd.oasis.opendocument.text"
