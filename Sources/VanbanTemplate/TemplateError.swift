/// What went wrong while filling a template.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// A field the template names is not in the data.
    case missingField(template: String, line: Int, field: String, context: String, suggestion: String?)
    /// A field holds a list or a group where text is expected.
    case notText(template: String, line: Int, field: String, kind: String)

    public var description: String {
        switch self {
        case .missingField(let template, let line, let field, let context, let suggestion):
            var text = "\(template):\(line): thiếu trường \"\(field)\" trong dữ liệu (ở đoạn «\(context)»)."
            if let suggestion { text += " Có phải \"\(suggestion)\"?" }
            return text
        case .notText(let template, let line, let field, let kind):
            return "\(template):\(line): trường \"\(field)\" là \(kind), không phải một giá trị để in ra. "
                + "Hãy chọn một trường con, ví dụ \"\(field).ten\"."
        }
    }
}
