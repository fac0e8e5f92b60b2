import Foundation
import VanbanData
import VanbanTemplate

/// The fields a compiled template asks for, found by filling it with no data: every missing
/// field is reported, in the order the template names them.
enum FieldDiscovery {
    /// The top-level field names `template` needs (sections included), each once.
    static func fields(of template: Template) -> [String] {
        var names: [String] = []
        do {
            _ = try template.render(.object([:]))
        } catch {
            for problem in error.all {
                let field: String
                switch problem {
                case .missingField(let name, _, _, _): field = name
                case .notText(let name, _, _, _): field = name
                case .formatterFailed(_, let name, _, _, _): field = name
                default: continue
                }
                let top = String(field.split(separator: ".").first ?? Substring(field))
                if FormField.isFieldName(top), !names.contains(top) { names.append(top) }
            }
        }
        return names
    }
}
