import Foundation

/// What the register records of an issued document (the columns of Phụ lục IV, NĐ 30/2020).
public struct DocumentDetails: Sendable, Equatable, Codable {
    /// The kind's abbreviation, the ký hiệu's `{loai}` (`QĐ`).
    public var kind: String
    /// The kind's name (`Quyết định`), the start of "Tên loại và trích yếu nội dung".
    public var kindName: String
    /// Trích yếu nội dung.
    public var summary: String
    /// Người ký.
    public var signer: String
    /// Nơi nhận văn bản.
    public var recipients: String
    /// Đơn vị, người nhận bản lưu.
    public var archiveHolder: String
    /// Số lượng bản.
    public var copies: Int
    /// The drafting unit's abbreviation, the ký hiệu's `{don_vi}` (may be empty).
    public var unit: String
    /// Ghi chú.
    public var note: String

    /// Details of a document; texts are normalised to Unicode NFC.
    public init(kind: String, kindName: String = "", summary: String, signer: String = "",
                recipients: String = "", archiveHolder: String = "", copies: Int = 1,
                unit: String = "", note: String = "") {
        self.kind = kind.precomposedStringWithCanonicalMapping
        self.kindName = kindName.precomposedStringWithCanonicalMapping
        self.summary = summary.precomposedStringWithCanonicalMapping
        self.signer = signer.precomposedStringWithCanonicalMapping
        self.recipients = recipients.precomposedStringWithCanonicalMapping
        self.archiveHolder = archiveHolder.precomposedStringWithCanonicalMapping
        self.copies = copies
        self.unit = unit.precomposedStringWithCanonicalMapping
        self.note = note.precomposedStringWithCanonicalMapping
    }
}
