/// The XML namespaces of OpenDocument that vanban reads and writes.
public enum Namespace {
    public static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    public static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    public static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    public static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    public static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    public static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    public static let xlink = "http://www.w3.org/1999/xlink"
    public static let dc = "http://purl.org/dc/elements/1.1/"
    public static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    public static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    public static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    public static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    public static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
}

/// The media type of an OpenDocument text document (`office:mimetype`, the `mimetype` zip entry).
public let textDocumentMediaType = "application/vnd.oasis.opendocument.text"
