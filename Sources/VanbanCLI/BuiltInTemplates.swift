import Foundation
import VanbanBuiltIns
import VanbanODF

/// The templates vanban ships (`NAME.fodt`, its Word form `NAME.docx`, its sample data
/// `NAME.yaml`): the resource folder installed beside the binary, or in a source tree its
/// `templates/` folder. `VANBAN_MAU` names a folder of the office's own templates, found first.
enum BuiltInTemplates {
    /// Where templates are looked up by name: the office's own, then the built-in ones.
    static var folders: [URL] {
        var result: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["VANBAN_MAU"], !configured.isEmpty {
            result.append(URL(fileURLWithPath: configured, isDirectory: true))
        }
        if let folder = folder { result.append(folder) }
        return result
    }

    /// The folder holding the built-in templates.
    static var folder: URL? {
        if let installed = BuiltIns.installedFolder { return installed }
        // A source tree: `.build/debug/vanban` → `templates/`.
        var folder = BuiltIns.executable.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("templates", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("vi-du.fodt").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Every template's name (built-in and the office's), sorted.
    static var names: [String] {
        let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] }
        return Set(files.filter { $0.hasSuffix(".fodt") }.map { String($0.dropLast(5)) }).sorted()
    }

    /// The folder a template of this name is in (the office's first).
    static func folder(of name: String) -> URL? {
        folders.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("\(name).fodt").path) }
    }

    /// `MAU` as the clerk wrote it: a file path, or the name of a built-in template — its Word
    /// form (`NAME.docx`) when Word is asked for, so that no LibreOffice is needed, else `NAME.fodt`.
    static func resolve(_ argument: String, format: OutputFormat? = nil) -> URL {
        let url = URL(fileURLWithPath: argument)
        if argument.contains("/") || !url.pathExtension.isEmpty || FileManager.default.fileExists(atPath: url.path) {
            return url
        }
        guard let folder = folder(of: argument) else { return url }
        let word = folder.appendingPathComponent("\(argument).docx")
        if format == .docx, FileManager.default.fileExists(atPath: word.path) { return word }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(argument).fodt").path) {
            return folder.appendingPathComponent("\(argument).fodt")
        }
        return url
    }

    /// The first comment line of a sample data file: what the template is for.
    static func summary(of name: String) -> String {
        guard let folder = folder(of: name), let text = try? String(contentsOf: folder.appendingPathComponent("\(name).yaml"), encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("#") })
        else { return "" }
        return line.dropFirst().trimmingCharacters(in: .whitespaces)
    }
}
