/// What went wrong while compiling or filling a template. Cases hold data; ``description`` is
/// the Vietnamese sentence: where (file, line, the paragraph around the tag), what, what to do.
public indirect enum TemplateError: Error, Hashable, CustomStringConvertible {
    // Compile errors.
    /// `{{#x}}` without its `{{/x}}`.
    case unclosedSection(name: String, at: SourceLocation)
    /// `{{/x}}` that closes nothing, or closes another section than the open one.
    case unexpectedClose(name: String, open: String?, at: SourceLocation)
    /// A tag that cannot be read (`{{}}`, an unclosed quote, a missing `}}`).
    case malformedTag(text: String, reason: String, at: SourceLocation)
    /// A formatter that is not registered.
    case unknownFormatter(name: String, suggestion: String?, at: SourceLocation)
    /// An ODF tag whose opening and closing are in different paragraphs.
    case tagAcrossParagraphs(text: String, at: SourceLocation)
    /// A partial that is not beside the template.
    case missingPartial(name: String, at: SourceLocation)
    /// A Mustache feature vanban does not offer in this kind of template.
    case unsupported(feature: String, at: SourceLocation)
    /// A template file that cannot be read.
    case unreadableTemplate(path: String, reason: String)

    // Render errors.
    /// A field the template names is not in the record.
    case missingField(field: String, suggestion: String?, record: RecordPlace?, at: SourceLocation)
    /// A list or a group where text is expected.
    case notText(field: String, kind: String, record: RecordPlace?, at: SourceLocation)
    /// A formatter that refused its value (`{{ngay | ngay_dai}}` with `31/02/2025`).
    case formatterFailed(formatter: String, field: String, message: String, record: RecordPlace?, at: SourceLocation)
    /// `{{@stt}}`, `{{@dau}}`, `{{@cuoi}}` outside a section over a list.
    case notInList(name: String, at: SourceLocation)
    /// Partials expanded too deep or too often, or a rendering grown too large (`problem` says which).
    case expansionLimit(problem: String, at: SourceLocation)
    /// Several errors, all reported at once.
    case several([TemplateError])

    /// The problem in Vietnamese, with its template line (and paragraph) and record.
    public var description: String {
        switch self {
        case .unclosedSection(let name, let at):
            return "\(at): mục {{#\(name)}} chưa được đóng\(at.contextSuffix). Thêm {{/\(name)}} ở chỗ kết thúc mục."
        case .unexpectedClose(let name, let open, let at):
            if let open {
                return "\(at): {{/\(name)}} đóng sai mục\(at.contextSuffix): mục đang mở là {{#\(open)}}. "
                    + "Hãy đóng {{/\(open)}} trước."
            }
            return "\(at): {{/\(name)}} không đóng mục nào\(at.contextSuffix). Xóa thẻ này hoặc thêm {{#\(name)}} ở trước."
        case .malformedTag(let text, let reason, let at):
            return "\(at): thẻ «\(text)» viết sai: \(reason)\(at.contextSuffix)."
        case .unknownFormatter(let name, let suggestion, let at):
            var text = "\(at): không có bộ định dạng \"\(name)\"\(at.contextSuffix)."
            if let suggestion { text += " Có phải \"\(suggestion)\"?" }
            return text
        case .tagAcrossParagraphs(let text, let at):
            return "\(at): thẻ «\(text)» bị ngắt sang đoạn khác\(at.contextSuffix). "
                + "Hãy gõ cả thẻ, từ {{ đến }}, trong cùng một đoạn."
        case .missingPartial(let name, let at):
            return "\(at): không tìm thấy mẫu con \"\(name)\" cạnh mẫu\(at.contextSuffix)."
        case .unsupported(let feature, let at):
            return "\(at): \(feature) không dùng được trong loại mẫu này\(at.contextSuffix)."
        case .unreadableTemplate(let path, let reason):
            return "\(path): không đọc được mẫu (\(reason))."
        case .missingField(let field, let suggestion, let record, let at):
            var text = "\(at): thiếu trường \"\(field)\"\(recordSuffix(record))\(at.contextSuffix)."
            if let suggestion { text += " Có phải \"\(suggestion)\"?" }
            return text
        case .notText(let field, let kind, let record, let at):
            return "\(at): trường \"\(field)\"\(recordSuffix(record)) là \(kind), không phải một giá trị để in ra"
                + "\(at.contextSuffix). Hãy dùng {{#\(field)}}…{{/\(field)}} hoặc chọn một trường con."
        case .formatterFailed(let formatter, let field, let message, let record, let at):
            return "\(at): \"\(field) | \(formatter)\"\(recordSuffix(record)): \(message)"
        case .notInList(let name, let at):
            return "\(at): {{\(name)}} chỉ dùng được bên trong một mục lặp theo danh sách\(at.contextSuffix)."
        case .expansionLimit(let problem, let at):
            return "\(at): \(problem)\(at.contextSuffix); có thể mẫu con đang tự gọi lại chính nó. Hãy kiểm tra các thẻ {{> …}}."
        case .several(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }

    /// Where the record of a render error came from (`nil` for compile errors).
    public var record: RecordPlace? {
        switch self {
        case .missingField(_, _, let record, _), .notText(_, _, let record, _), .formatterFailed(_, _, _, let record, _):
            return record
        default:
            return nil
        }
    }

    /// The data field a render error is about (`nil` for compile errors).
    public var field: String? {
        switch self {
        case .missingField(let field, _, _, _), .notText(let field, _, _, _), .formatterFailed(_, let field, _, _, _):
            return field.split(separator: ".").first.map(String.init)
        default:
            return nil
        }
    }

    /// The same error, said of `record` instead.
    public func said(of record: RecordPlace?) -> TemplateError {
        switch self {
        case .missingField(let field, let suggestion, _, let at):
            return .missingField(field: field, suggestion: suggestion, record: record, at: at)
        case .notText(let field, let kind, _, let at):
            return .notText(field: field, kind: kind, record: record, at: at)
        case .formatterFailed(let formatter, let field, let message, _, let at):
            return .formatterFailed(formatter: formatter, field: field, message: message, record: record, at: at)
        default:
            return self
        }
    }

    /// The errors it stands for, `several` flattened.
    public var all: [TemplateError] {
        if case .several(let errors) = self { return errors.flatMap(\.all) }
        return [self]
    }
}

private func recordSuffix(_ record: RecordPlace?) -> String {
    record.map { " ở \($0)" } ?? ""
}
