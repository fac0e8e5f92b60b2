import Foundation
import OrderedCollections

/// A piece of data a template is filled from: what a YAML or JSON file, or a row of a list,
/// holds. Every string and key in it is Unicode NFC.
public enum Value: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, with the text it was written as (`05` stays `05` when printed).
    case number(Decimal, text: String)
    case string(String)
    case list([Value])
    /// Keys in the order they were written.
    case object(OrderedDictionary<String, Value>)

    /// A number value written the usual way.
    public static func number(_ value: Decimal) -> Value {
        .number(value, text: "\(value)")
    }

    /// The value of `key` in an object, or `nil`.
    public subscript(key: String) -> Value? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The text a template shows for this value, or `nil` for a list or an object, which are not text.
    /// `null` shows as nothing; numbers as written.
    public var text: String? {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .number(_, let text): return text
        case .string(let value): return value
        case .list, .object: return nil
        }
    }

    /// Mustache truthiness: `null`, `false`, an empty list and an empty string are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .string(let value): return !value.isEmpty
        case .list(let items): return !items.isEmpty
        case .number, .object: return true
        }
    }

    /// The keys of an object (empty for any other value).
    public var keys: [String] {
        if case .object(let fields) = self { return Array(fields.keys) }
        return []
    }

    /// A short Vietnamese name of the kind of value, for messages.
    public var kindName: String {
        switch self {
        case .null: return "rỗng"
        case .bool: return "đúng/sai"
        case .number: return "số"
        case .string: return "chuỗi"
        case .list: return "danh sách"
        case .object: return "nhóm trường"
        }
    }
}
