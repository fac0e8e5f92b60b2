/// The check of one file: its kind and its findings, as the `--json` report gives them.
public struct FileReport: Sendable, Codable {
    public var file: String
    /// The document's kind (`quyet_dinh`, `ke_hoach`, `cong_van`, `khong_ro`…).
    public var kind: String
    public var findings: [Finding]
    /// Whether the printed-page rules were measured (LibreOffice was available).
    public var measuredPages = true

    enum CodingKeys: String, CodingKey {
        case file, kind, findings
    }

    public init(file: String, kind: String, findings: [Finding], measuredPages: Bool = true) {
        self.file = file
        self.kind = kind
        self.findings = findings
        self.measuredPages = measuredPages
    }

    /// Whether any finding is an error.
    public var hasError: Bool { findings.contains { $0.level == .error } }
}
