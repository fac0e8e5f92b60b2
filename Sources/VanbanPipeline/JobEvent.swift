import VanbanData

/// What a running job tells its caller: progress and warnings, as they happen.
public enum JobEvent: Sendable {
    /// `done` of `total` records rendered (`total` is `nil` while a streamed list is read).
    case rendering(done: Int, total: Int?)
    /// `done` of `total` files converted by LibreOffice.
    case converting(done: Int, total: Int)
    /// Something the clerk should check; the job goes on.
    case warning(JobWarning)
}

/// Something the clerk should check in what was written.
public enum JobWarning: Sendable, Equatable, CustomStringConvertible {
    /// A reader converted a value (a legacy font) on its way in.
    case data(DataWarning)
    /// Control characters were removed from values (`ho_ten: U+0007`).
    case droppedCharacters([String])

    /// The Vietnamese sentence.
    public var description: String {
        switch self {
        case .data(let warning):
            return warning.description
        case .droppedCharacters(let dropped):
            let shown = dropped.prefix(5).joined(separator: "; ") + (dropped.count > 5 ? "; …" : "")
            return "đã bỏ ký tự điều khiển (không in được trong văn bản): \(shown)."
        }
    }
}
