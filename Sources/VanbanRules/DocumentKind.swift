import Foundation

/// A kind of document (tên loại văn bản) and its abbreviation in the ký hiệu (NĐ 30/2020,
/// Phụ lục III), read from the bundled table `document-kinds.json`.
public struct DocumentKind: Equatable, Sendable, Decodable {
    /// `Kế hoạch`.
    public let name: String
    /// `KH`.
    public let abbreviation: String

    private struct Table: Decodable { let kinds: [DocumentKind] }

    /// Every kind of Phụ lục III, in the order of the annex.
    public static let all: [DocumentKind] = {
        guard let url = Bundle.module.url(forResource: "document-kinds", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let table = try? JSONDecoder().decode(Table.self, from: data)
        else { fatalError("vanban: the bundled document-kinds.json is missing or broken") }
        return table.kinds
    }()

    /// The kind named `name` (`Kế hoạch`, `kế hoạch`), or whose abbreviation is `name` (`KH`).
    public static func named(_ name: String) -> DocumentKind? {
        let key = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        return all.first { $0.name.lowercased() == key.lowercased() } ?? all.first { $0.abbreviation == key }
    }
}
