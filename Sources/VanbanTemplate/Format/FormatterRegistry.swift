import VanbanData
import VanbanRules

/// The formatters a template can use after `|`, by name. The engine owns the mechanism;
/// ``standard`` holds `mac_dinh` and the Vietnamese formatters of `VanbanRules`.
public struct FormatterRegistry: Sendable {
    /// A formatter: the value (`nil` when the field is missing) and the arguments written after
    /// `:` → the new value. Throws a message for the clerk.
    public typealias Function = @Sendable (_ value: Value?, _ arguments: [String]) throws(FormatterFailure) -> Value

    private var functions: [String: Function] = [:]

    /// A registry with no formatters (``standard`` has vanban's).
    public init() {}

    /// Registers (or replaces) a formatter.
    public mutating func register(_ name: String, _ function: @escaping Function) {
        functions[name] = function
    }

    /// The formatter named `name`.
    public func function(named name: String) -> Function? { functions[name] }

    /// The names, sorted.
    public var names: [String] { functions.keys.sorted() }

    /// `mac_dinh` and every formatter of `VanbanRules.Formatters`.
    public static let standard: FormatterRegistry = {
        var registry = FormatterRegistry()
        registry.register("mac_dinh") { value, arguments throws(FormatterFailure) in
            if let value, value.isTruthy { return value }
            return .string(arguments.first ?? "")
        }
        for formatter in Formatters.all {
            let function = formatter.function
            registry.register(formatter.name) { value, arguments throws(FormatterFailure) in
                guard let value else { throw FormatterFailure(message: "thiếu giá trị", missing: true) }
                guard let text = value.text else {
                    throw FormatterFailure(message: "giá trị là \(value.kindName), không phải chữ hay số")
                }
                do {
                    return .string(try function(text, arguments))
                } catch let error as RulesError {
                    throw FormatterFailure(message: error.description)
                } catch {
                    throw FormatterFailure(message: "\(error)")
                }
            }
        }
        return registry
    }()
}

/// Why a formatter refused a value.
public struct FormatterFailure: Error, Equatable, Sendable {
    /// The Vietnamese reason, shown after the tag.
    public let message: String
    /// The value was missing: reported as a missing field.
    public let missing: Bool

    /// A refusal; `missing`: the value was absent (reported as a missing field).
    public init(message: String, missing: Bool = false) {
        self.message = message
        self.missing = missing
    }
}
