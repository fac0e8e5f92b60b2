import ArgumentParser

/// What `--dinh-dang` asks for: vanban's own formats, or LibreOffice's through it.
enum DocumentFormat: String, CaseIterable, ExpressibleByArgument {
    case fodt, odt, pdf, docx

    /// Whether LibreOffice has to make it.
    var needsLibreOffice: Bool { self == .pdf || self == .docx }

    /// The format a file name's extension names, if any.
    init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }
}
