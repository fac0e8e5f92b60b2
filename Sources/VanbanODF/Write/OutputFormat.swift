import Foundation

/// The file formats vanban writes itself (PDF and DOCX go through LibreOffice).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Flat ODT: one XML file.
    case fodt
    /// Packaged ODT: a zip of XML parts.
    case odt

    /// The format named by a file's extension, if it is one of these.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }
}
