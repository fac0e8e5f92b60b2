import Foundation
import VanbanODF

/// The templates vanban ships (`templates/NAME.fodt` with `templates/NAME.yaml`, its sample
/// data): found in `./templates`, then beside the executable going up (`.build/release/vanban`
/// → `templates/`), then in `VANBAN_MAU`.
enum BuiltInTemplates {
    static var folders: [URL] {
        var result: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["VANBAN_MAU"] {
            result.append(URL(fileURLWithPath: configured, isDirectory: true))
        }
        result.append(URL(fileURLWithPath: "templates", isDirectory: true))
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            result.append(folder.appendingPathComponent("templates", isDirectory: true))
            folder = folder.deletingLastPathComponent()
        }
        return result
    }

    /// The folder holding the built-in templates.
    static var folder: URL? {
        folders.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("vi-du.fodt").path) }
    }

    /// Every built-in template's name, sorted.
    static var names: [String] {
        guard let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".fodt") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// `MAU` as the clerk wrote it: a file path, or the name of a built-in template — its Word
    /// form (`NAME.docx`) when Word is asked for, so that no LibreOffice is needed, else `NAME.fodt`.
    static func resolve(_ argument: String, format: OutputFormat? = nil) -> URL {
        let url = URL(fileURLWithPath: argument)
        if argument.contains("/") || !url.pathExtension.isEmpty || FileManager.default.fileExists(atPath: url.path) {
            return url
        }
        guard let folder else { return url }
        let word = folder.appendingPathComponent("\(argument).docx")
        if format == .docx, FileManager.default.fileExists(atPath: word.path) { return word }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(argument).fodt").path) {
            return folder.appendingPathComponent("\(argument).fodt")
        }
        return url
    }

    /// The first comment line of a sample data file: what the template is for.
    static func summary(of name: String) -> String {
        guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent("\(name).yaml"), encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("#") })
        else { return "" }
        return line.dropFirst().trimmingCharacters(in: .whitespaces)
    }
}
