import Foundation

/// The formats of a written document: the two vanban writes itself, and the two LibreOffice
/// makes from them (``OfficeConverter``).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Flat ODT: one XML file.
    case fodt
    /// Packaged ODT: a zip of XML parts.
    case odt
    /// PDF, through LibreOffice.
    case pdf
    /// Word (Office Open XML), through LibreOffice.
    case docx

    /// The format a file name's extension names (any case), if it is one of these.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// Whether LibreOffice makes this format (from a Flat ODT vanban wrote).
    public var needsOffice: Bool { self == .pdf || self == .docx }

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }
}
