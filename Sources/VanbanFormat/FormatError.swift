/// Why a document could not be checked. The text is Vietnamese, for the clerk.
public enum FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing, damaged or not a document the checker reads.
    case unreadable(file: String, reason: String)
    /// The extension is none of .docx, .doc, .odt, .fodt.
    case unsupported(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            // A reader's own message may already start with the file's name.
            let said = reason.hasPrefix("\(file): ") ? String(reason.dropFirst(file.count + 2)) : reason
            return "\(file): không đọc được văn bản: \(said)"
        case .unsupported(let file):
            return "\(file): chỉ kiểm tra được tệp .docx, .doc, .odt hoặc .fodt."
        }
    }
}
