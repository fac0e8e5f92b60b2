import Foundation

/// Căn cứ ban hành (NĐ 30/2020, Phụ lục I): the laws and decrees a Quyết định khen thưởng
/// cites, each with its number, the date it was signed and the period it is in force. A
/// decision cites those in force on its own date, as its award money follows the decree in
/// force then (SPEC §2, §6). The bundled table is `legal-basis.json`; an office can give its own
/// file in the same format when a decree changes.
public struct LegalBasis: Sendable {
    /// One law or decree of the table.
    public struct Document: Sendable, Equatable {
        /// A stable identifier: `nd-152-2025`.
        public let id: String
        /// As cited: `Luật Thi đua, khen thưởng`, `Nghị định số 152/2025/NĐ-CP`.
        public let name: String
        /// Số, ký hiệu (`152/2025/NĐ-CP`); `nil` for a Luật, cited without number.
        public let number: String?
        /// The date it was signed (ngày ban hành).
        public let signed: DocumentDate
        /// The first day it is in force.
        public let inForce: DocumentDate
        /// The last day it is in force; `nil` while it is.
        public let until: DocumentDate?
        /// Who issued it (`Chính phủ`), cited as `của Chính phủ`.
        public let issuer: String?
        /// What it is about, cited after the issuer.
        public let subject: String?

        /// The căn cứ line, without its closing `;`:
        /// `Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định …`.
        public var citation: String {
            var words = ["Căn cứ \(name) \(signed.long)"]
            if let issuer { words.append("của \(issuer)") }
            if let subject { words.append(subject) }
            return words.joined(separator: " ")
        }

        /// Whether the document is in force on `date`.
        public func isInForce(on date: DocumentDate) -> Bool {
            inForce <= date && until.map { date <= $0 } ?? true
        }

        /// Whether a căn cứ line as typed cites this document: it holds the number, or (a Luật)
        /// it starts with `Căn cứ` and the name.
        public func isCited(by line: String) -> Bool {
            let text = LegalBasis.folded(line)
            if let number { return text.contains(LegalBasis.folded(number)) }
            return text.hasPrefix(LegalBasis.folded("Căn cứ \(name)"))
        }
    }

    struct File: Decodable {
        struct Row: Decodable {
            let id: String; let name: String; let number: String?; let signed: String
            let in_force: String; let until: String?; let issuer: String?; let subject: String?
        }
        let documents: [Row]
    }

    /// The documents in the table's order.
    public let documents: [Document]

    /// Reads a table in the format of the bundled `legal-basis.json`.
    public init(json data: Data) throws(RulesError) {
        let file = try TableFile.decode(File.self, from: data)
        documents = try file.documents.map { (row) throws(RulesError) in
            Document(id: row.id, name: row.name, number: row.number, signed: try DocumentDate(parsing: row.signed),
                     inForce: try DocumentDate(parsing: row.in_force), until: try row.until.map { (text) throws(RulesError) in try DocumentDate(parsing: text) },
                     issuer: row.issuer, subject: row.subject)
        }
        guard !documents.isEmpty else { throw .invalidTable("bảng căn cứ trống") }
    }

    /// The table bundled with vanban.
    public static let bundled: LegalBasis = {
        guard let url = Bundle.module.url(forResource: "legal-basis", withExtension: "json"),
            let data = try? Data(contentsOf: url), let table = try? LegalBasis(json: data)
        else { fatalError("vanban: the bundled legal-basis.json is missing or broken") }
        return table
    }()

    /// The documents in force on `date`, in the table's order.
    public func inForce(on date: DocumentDate) -> [Document] {
        documents.filter { $0.isInForce(on: date) }
    }

    /// The document of the table a căn cứ line cites, if any.
    public func document(citedBy line: String) -> Document? {
        documents.first { $0.isCited(by: line) }
    }

    /// The dates written in a căn cứ line: `ngày 14 tháng 6 năm 2025`, `ngày 14/6/2025`,
    /// `ngày 14-06-2025`. Text that is not a real date is left out.
    public static func dates(in line: String) -> [DocumentDate] {
        let text = line.precomposedStringWithCanonicalMapping
        let patterns = [#"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#, #"ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"#]
        var found: [(Int, DocumentDate)] = []
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            for match in expression.matches(in: text, range: range) {
                let parts = (1...3).compactMap { Range(match.range(at: $0), in: text).flatMap { Int(text[$0]) } }
                guard parts.count == 3, let date = try? DocumentDate(year: parts[2], month: parts[1], day: parts[0]) else { continue }
                found.append((match.range.location, date))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Lower-cased NFC text without white space, for matching what a clerk typed.
    static func folded(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars
            .filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}
