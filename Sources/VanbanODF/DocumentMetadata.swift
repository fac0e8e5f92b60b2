/// What an official document says of itself for other systems (ND30 Phụ lục VI: cơ quan, số,
/// ký hiệu, ngày ban hành, trích yếu, người ký, nơi nhận), written into `office:meta` (the
/// ODF `meta.xml`): as user-defined properties with these Vietnamese names, and as the title
/// and subject LibreOffice carries into a PDF's information and XMP.
public struct DocumentMetadata: Sendable, Equatable {
    /// Cơ quan ban hành.
    public var agency: String
    /// Số, ký hiệu (`05/QĐ-SYT`).
    public var number: String
    /// Ngày ban hành (`15/07/2026`).
    public var date: String
    /// Tên loại (`Quyết định`).
    public var kind: String
    /// Trích yếu nội dung.
    public var summary: String
    /// Người ký.
    public var signer: String
    /// Nơi nhận, one per line.
    public var recipients: String

    /// The metadata of a document.
    public init(agency: String, number: String, date: String, kind: String, summary: String, signer: String, recipients: String) {
        self.agency = agency
        self.number = number
        self.date = date
        self.kind = kind
        self.summary = summary
        self.signer = signer
        self.recipients = recipients
    }

    /// The user-defined properties, in ND30 Phụ lục VI's order.
    public var properties: [(name: String, value: String)] {
        [("Cơ quan ban hành", agency), ("Số, ký hiệu", number), ("Ngày ban hành", date), ("Tên loại", kind),
         ("Trích yếu", summary), ("Người ký", signer), ("Nơi nhận", recipients)]
    }

    /// The title a reader sees: `Quyết định 05/QĐ-SYT: trích yếu`.
    public var title: String {
        [kind, number].filter { !$0.isEmpty }.joined(separator: " ") + (summary.isEmpty ? "" : ": \(summary)")
    }

    /// The subject: `Số, ký hiệu: …; Ngày ban hành: …; Cơ quan ban hành: …; Người ký: …`.
    public var subject: String {
        [("Số, ký hiệu", number), ("Ngày ban hành", date), ("Cơ quan ban hành", agency), ("Người ký", signer)]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
    }
}
