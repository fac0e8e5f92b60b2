import Foundation

/// A numbering series of the outgoing register ("hệ thống số" of the Sổ văn bản đi, NĐ 30/2020
/// Điều 15): the head of the office decides which document kinds share one run of numbers.
///
/// Numbers run from 1 on 1 January to 31 December of each year (Asia/Ho_Chi_Minh time), and are
/// unique within a series and a year. Secret documents ("văn bản mật") have their own series.
public struct Series: Sendable, Equatable, Codable {
    /// The series' name, as the clerk types it (`chung`, `mat`, `qd`).
    public var name: String
    /// The kinds' abbreviations it covers (`QĐ`, `KH`, `TB`); empty covers every kind.
    public var kinds: [String]
    /// The ký hiệu pattern, such as `{so}/{loai}-{co_quan}` (see ``SymbolPattern``).
    public var pattern: String
    /// The issuing office's abbreviation, the pattern's `{co_quan}` (`SYT`).
    public var agency: String
    /// Whether the series numbers secret documents ("văn bản mật").
    public var isSecret: Bool

    /// A series; its texts are normalised to Unicode NFC.
    public init(name: String, kinds: [String] = [], pattern: String, agency: String, isSecret: Bool = false) {
        self.name = name.precomposedStringWithCanonicalMapping
        self.kinds = kinds.map { $0.precomposedStringWithCanonicalMapping }
        self.pattern = pattern.precomposedStringWithCanonicalMapping
        self.agency = agency.precomposedStringWithCanonicalMapping
        self.isSecret = isSecret
    }

    /// Whether a document of this kind (abbreviation) may take a number of this series.
    public func covers(kind: String) -> Bool {
        kinds.isEmpty || kinds.contains(kind.precomposedStringWithCanonicalMapping)
    }
}
