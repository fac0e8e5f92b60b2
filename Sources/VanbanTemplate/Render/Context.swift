import VanbanData

/// The Mustache context stack: the record at the bottom, each section's value on top of it.
/// A frame pushed by a section over a list knows its position, for `{{@stt}}`, `{{@dau}}`,
/// `{{@cuoi}}`.
struct Context {
    struct Frame {
        let value: Value
        /// 0-based position in the list, when the frame is a list item.
        let index: Int?
        let count: Int
    }

    private(set) var frames: [Frame]
    /// The innermost frame's field names and values, when it is an object (else empty), held
    /// apart so that a field found by its ``LookupHint`` is read without copying the object:
    /// the lookup every variable of every record makes.
    private var topKeys: [String] = []
    private var topValues: [Value] = []

    /// `position`: the record's place in a batch, so that `{{@stt}}` works at the top level.
    init(_ root: Value, position: (index: Int, count: Int)? = nil) {
        frames = [Frame(value: root, index: position?.index, count: position?.count ?? 0)]
        holdTopFields()
    }

    mutating func push(_ value: Value, index: Int? = nil, count: Int = 0) {
        frames.append(Frame(value: value, index: index, count: count))
        holdTopFields()
    }

    mutating func pop() {
        frames.removeLast()
        holdTopFields()
    }

    private mutating func holdTopFields() {
        if case .object(let fields) = frames[frames.count - 1].value {
            topKeys = fields.keys.elements
            topValues = fields.values.elements
        } else {
            topKeys = []
            topValues = []
        }
    }

    var top: Value { frames[frames.count - 1].value }

    /// What a name means here. `nil` when missing.
    enum Lookup {
        case found(Value)
        /// The first part was not found; `keys` gives the names that were in reach (made only when
        /// asked: a section on a missing name is how a template says "if", asked of every record).
        case missing(keys: () -> [String])
        /// `@stt` and its kin outside any list.
        case notInList
    }

    func lookup(_ name: String) -> Lookup {
        lookup(name, path: name.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
    }

    /// What `tag`'s name means here: a field of the innermost record found where the tag found
    /// it in the record before (``LookupHint``), else looked up by name.
    func lookup(_ tag: Tag) -> Lookup {
        if tag.isField {
            let hint = tag.hint.value
            if hint >= 0, hint < topKeys.count, topKeys[hint] == tag.name { return .found(topValues[hint]) }
            if case .object(let fields) = frames[frames.count - 1].value, let index = fields.index(forKey: tag.name) {
                tag.hint.remember(index)
                return .found(fields.values[index])
            }
        }
        return lookup(tag.name, path: tag.path)
    }

    /// `path` is `name` split at its dots, once, when the template was compiled.
    func lookup(_ name: String, path parts: [String]) -> Lookup {
        if name == "." { return .found(top) }
        if name.hasPrefix("@") { return iteration(name) }
        var current: Value?
        var index = frames.count - 1
        while index >= 0 {
            if case .object(let fields) = frames[index].value, let value = fields[parts[0]] {
                current = value
                break
            }
            index -= 1
        }
        guard var value = current else { return .missing(keys: { reachableKeys }) }
        for part in parts.dropFirst() {
            guard case .object(let fields) = value, let next = fields[part] else {
                return .missing(keys: { value.keys })
            }
            value = next
        }
        return .found(value)
    }

    private func iteration(_ name: String) -> Lookup {
        guard let frame = frames.last(where: { $0.index != nil }), let index = frame.index else { return .notInList }
        switch name {
        case "@stt": return .found(.number(.init(index + 1), text: String(index + 1)))
        case "@dau": return .found(.bool(index == 0))
        case "@cuoi": return .found(.bool(index == frame.count - 1))
        default: return .missing(keys: { ["@stt", "@dau", "@cuoi"] })
        }
    }

    /// The names a lookup could have found, nearest frame first.
    private var reachableKeys: [String] {
        var keys: [String] = []
        for frame in frames.reversed() {
            for key in frame.value.keys where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }
}
