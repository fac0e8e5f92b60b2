import CLibXML2
import Foundation

/// Validates documents against the OASIS ODF 1.3 RelaxNG schema, bundled with vanban.
///
/// The schema is compiled once per process (about a tenth of a second) and shared;
/// validations are serialised, as libxml2's RelaxNG validator is not documented to be
/// re-entrant. libxml2's validator is superlinear in the rows of one table: keep it for
/// templates and small documents.
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// The ODF 1.3 validator, compiled on first use.
    public static let odf13: SchemaValidator = {
        guard let url = Bundle.module.url(
            forResource: "OpenDocument-v1.3-schema", withExtension: "rng", subdirectory: "Schema"),
            let validator = SchemaValidator(schemaAt: url)
        else { fatalError("vanban: the bundled ODF 1.3 schema is missing or broken") }
        return validator
    }()

    /// Compiles the RelaxNG schema at `url`, or `nil` when it does not compile.
    public init?(schemaAt url: URL) {
        guard let context = xmlRelaxNGNewParserCtxt(url.path) else { return nil }
        defer { xmlRelaxNGFreeParserCtxt(context) }
        xmlRelaxNGSetParserStructuredErrors(context, { _, _ in }, nil)
        guard let schema = xmlRelaxNGParse(context) else { return nil }
        self.schema = schema
    }

    deinit { xmlRelaxNGFree(schema) }

    /// The issues of a document in memory: lines are those of the file it was read from.
    public func validate(_ document: Document) -> [ValidationIssue] {
        validate(document.xml, part: nil)
    }

    /// The issues of a file: a `.fodt`, or each XML part of an `.odt`.
    /// Throws when the file cannot be read or is not well-formed.
    public func validateFile(at url: URL, limits: ReadLimits = .standard) throws(ODFError) -> [ValidationIssue] {
        let path = url.relativePath
        let data = try Document.readFile(url, limit: limits.maxFileBytes)
        if PackageReader.isZip(data) {
            let package = try PackageReader(data: data, path: path, limits: limits)
            xmlFreeDoc(try package.flatDocument())  // the same checks as reading: mimetype, content.xml
            var issues: [ValidationIssue] = []
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                guard let bytes = try package.entryData(part) else { continue }
                let xml = try XMLParsing.parse(bytes, path: "\(path)/\(part)")
                defer { xmlFreeDoc(xml) }
                issues += validate(xml, part: part)
            }
            return issues
        }
        let xml = try XMLParsing.parse(data, path: path)
        defer { xmlFreeDoc(xml) }
        try Document.checkFlatRoot(xml, path: path)
        return validate(xml, part: nil)
    }

    func validate(_ xml: XMLDocPointer, part: String?) -> [ValidationIssue] {
        lock.lock()
        defer { lock.unlock() }
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
            return [ValidationIssue(part: part, line: 0, message: "không tạo được bộ kiểm tra (hết bộ nhớ)")]
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = IssueCollector(part: part)
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlRelaxNGSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
            collector.add(error.pointee)
        }, box)
        let result = xmlRelaxNGValidateDoc(context, xml)
        if result != 0 && collector.issues.isEmpty {
            collector.issues.append(ValidationIssue(part: part, line: 0, message: "không hợp lệ theo lược đồ ODF 1.3"))
        }
        return collector.issues
    }
}

/// Gathers libxml2's structured errors during one validation.
private final class IssueCollector {
    let part: String?
    var issues: [ValidationIssue] = []

    init(part: String?) { self.part = part }

    func add(_ error: xmlError) {
        var line = Int(error.line)
        if line == 0, let node = error.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        let message = error.message.map { String(cString: $0) } ?? "lỗi lược đồ"
        issues.append(ValidationIssue(
            part: part, line: max(line, 0),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
