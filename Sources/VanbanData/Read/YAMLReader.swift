import Foundation
import OrderedCollections
import VanbanRules
import Yams

/// Reads YAML (and so JSON, which YAML contains) into a ``Value``, keeping key order and the
/// text numbers were written with; every string normalised to NFC, and text typed in a legacy
/// font (TCVN3, VNI) converted to Unicode with a warning naming the field.
///
/// Only `true`/`false` are booleans: YAML 1.1's `yes`, `no`, `on`, `off` stay text.
public enum YAMLReader {
    /// Yams is left to tell nothing: every unquoted scalar comes as text and ``PlainScalar``
    /// says what it is, by hand (Yams's default resolver compiles seven ICU regular expressions,
    /// a millisecond at every start).
    private static let resolver = Resolver.basic

    /// Parses `text`; `path` names the source in errors.
    public static func read(_ text: String, path: String) throws(DataError) -> Value {
        try reading(text, path: path).value
    }

    /// Parses `text` and tells what was converted on the way.
    public static func reading(_ text: String, path: String) throws(DataError) -> DataReading {
        try YAMLEventCheck.check(text, path: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, resolver)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, problem: "\(error)")
        }
        guard let node else { return DataReading(value: .null, warnings: []) }
        var warnings: [DataWarning] = []
        let value = try value(of: node, path: path, field: "", warnings: &warnings)
        return DataReading(value: value, warnings: warnings)
    }

    private static func value(of node: Node, path: String, field: String,
                              warnings: inout [DataWarning]) throws(DataError) -> Value {
        switch node {
        case .scalar(let scalar):
            var (text, converted) = LegacyText.normalize(scalar.string)
            if let converted {
                warnings.append(DataWarning(path: path, line: scalar.mark?.line ?? 0, field: field, converted: converted))
            }
            if let visible = InvisibleCharacters.removed(from: text) {
                text = visible
                warnings.append(DataWarning(path: path, line: scalar.mark?.line ?? 0, field: field,
                                            kind: .invisibleCharacters(rows: [scalar.mark?.line ?? 0])))
            }
            guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
            let tag = Tag.Name(rawValue: node.tag.rawValue)
            switch tag == .str ? PlainScalar.kind(of: text) : tag {
            case .null: return .null
            case .bool: return .bool(text.lowercased() == "true")
            case .int, .float:
                if let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                    text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" })
                {
                    return .number(number, text: text)
                }
                return .string(text)
            default: return .string(text)
            }
        case .sequence(let sequence):
            var items: [Value] = []
            for (index, item) in sequence.enumerated() {
                items.append(try value(of: item, path: path, field: "\(field)[\(index + 1)]", warnings: &warnings))
            }
            return .list(items)
        case .mapping(let mapping):
            var fields = OrderedDictionary<String, Value>()
            for (key, item) in mapping {
                guard let name = key.scalar?.string else {
                    let mark = key.mark
                    throw .unsupported(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                       what: "khóa không phải chữ")
                }
                let key = name.precomposedStringWithCanonicalMapping
                fields[key] = try value(of: item, path: path, field: field.isEmpty ? key : "\(field).\(key)",
                                        warnings: &warnings)
            }
            return .object(fields)
        case .alias:
            let mark = node.mark
            throw .unsupported(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                               what: "bí danh YAML (*alias); hãy viết đầy đủ giá trị")
        }
    }

    private static func syntaxError(_ error: YamlError, path: String) -> DataError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .syntax(path: path, line: mark.line, column: mark.column, problem: detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(path: path, line: context.mark.line, column: context.mark.column,
                           problem: "khóa bị lặp: \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return .syntax(path: path, line: 1, column: 1, problem: problem)
        default:
            return .syntax(path: path, line: 1, column: 1, problem: "\(error)")
        }
    }
}
