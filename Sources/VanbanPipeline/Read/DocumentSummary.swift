import Foundation
import VanbanData
import VanbanODF
import VanbanRules

/// What a register records of a document, read from its data (`loai`/`ten_loai`, `trich_yeu`,
/// `nguoi_ky`, `noi_nhan`, `ngay`, `so_ban`) and its template's name: ND30 Phụ lục IV's columns
/// and Phụ lục VI's metadata.
public struct DocumentSummary: Sendable, Equatable {
    /// The kind's abbreviation in the ký hiệu (`QĐ`; empty for a công văn).
    public var kind: String
    /// The kind's name (`Quyết định`; `Công văn`).
    public var kindName: String
    /// Trích yếu nội dung.
    public var summary: String
    /// Người ký.
    public var signer: String
    /// Nơi nhận, one per line.
    public var recipients: String
    /// Ngày ban hành, `yyyy-mm-dd`, when the data gives one.
    public var date: String?
    /// Số lượng bản.
    public var copies: Int
    /// Cơ quan ban hành (`co_quan`).
    public var agency: String
    /// Số, ký hiệu as the data gives it (`so_ky_hieu`, else `so`).
    public var number: String

    /// The metadata of the document, numbered `number` (the register's) or as its data says.
    public func metadata(number: String? = nil) -> DocumentMetadata {
        let day = date.map { $0.split(separator: "-").reversed().joined(separator: "/") } ?? ""
        return DocumentMetadata(agency: agency, number: number ?? self.number, date: day, kind: kindName, summary: summary,
                                signer: signer, recipients: recipients)
    }

    /// Kinds by the built-in template they come from.
    private static let templateKinds: [String: String] = [
        "quyet-dinh-khen-thuong": "Quyết định", "ke-hoach": "Kế hoạch", "giay-moi": "Giấy mời", "giay-khen": "Giấy khen",
    ]

    /// The summary of the document `job` makes from one data file.
    static func read(_ job: Job) throws(JobError) -> DocumentSummary {
        guard case .document(let url, _) = job.records else { throw .dataIsNotFields(file: job.template.relativePath, role: .data) }
        let data: Value
        do {
            data = try DataFile.read(url)
        } catch {
            throw .data(error)
        }
        let template = job.template.deletingPathExtension().lastPathComponent
        let named = [data["ten_loai"]?.text, data["loai"]?.text.flatMap { templateKinds[$0] }, templateKinds[template]]
            .compactMap { $0 }.first { !$0.isEmpty }
        let kind = named.flatMap { DocumentKind.named($0) }
        let signer = data["nguoi_ky"]?["ho_ten"]?.text ?? data["nguoi_ky"]?.text ?? ""
        let recipients: String
        if case .list(let items)? = data["noi_nhan"] {
            recipients = items.compactMap(\.text).joined(separator: "\n")
        } else {
            recipients = data["noi_nhan"]?.text ?? ""
        }
        let date = data["ngay"]?.text.flatMap { try? DocumentDate(parsing: $0) }
            .map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) }
        return DocumentSummary(kind: kind?.abbreviation ?? "", kindName: kind?.name ?? (named ?? "Công văn").capitalizedFirst,
                               summary: data["trich_yeu"]?.text ?? "", signer: signer, recipients: recipients, date: date,
                               copies: data["so_ban"]?.text.flatMap { Int($0) } ?? 1, agency: data["co_quan"]?.text ?? "",
                               number: data["so_ky_hieu"]?.text ?? data["so"]?.text ?? "")
    }
}

extension Job {
    /// What a register records of the document this job makes (one data file).
    public func documentSummary() throws(JobError) -> DocumentSummary {
        try DocumentSummary.read(self)
    }
}

private extension String {
    /// `KẾ HOẠCH` → `Kế hoạch`.
    var capitalizedFirst: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
