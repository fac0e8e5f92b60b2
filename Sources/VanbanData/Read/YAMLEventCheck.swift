import CYaml

/// Walks the YAML event stream (libyaml, as Yams does) before anything is built, and refuses
/// what would make building it explode: an alias (`*name`, which Yams expands, so that a few
/// hundred bytes of anchors can stand for billions of values) and nesting deeper than
/// ``maxDepth`` (the tree is built recursively). Syntax errors are left to Yams, which reports
/// them with their place.
enum YAMLEventCheck {
    /// Lists and groups inside each other: real data files use fewer than ten.
    static let maxDepth = 64

    static func check(_ text: String, path: String) throws(DataError) {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let failure: DataError? = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_ALIAS_EVENT:
                    return .alias(path: path, line: line, column: column)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maxDepth { return .tooDeep(path: path, line: line, column: column, limit: maxDepth) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
        }
        if let failure { throw failure }
    }
}
