import Foundation

/// Converts documents with a headless LibreOffice (`soffice`): PDF for printing, DOCX for
/// offices that ask for Word. One LibreOffice process converts a whole batch.
///
/// LibreOffice exits 0 even when a conversion fails, so every output is checked.
public struct OfficeConverter: Sendable {
    /// `pdf` or `docx`.
    public enum Target: String, Sendable, CaseIterable {
        case pdf, docx
    }

    /// The `soffice` program.
    public let program: URL

    /// Finds `soffice` on `PATH`; `nil` when LibreOffice is not installed.
    public init?() {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/soffice" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        program = URL(fileURLWithPath: found)
    }

    /// Converts `files` into `folder` (outputs named like the inputs, with the target's
    /// extension) and returns the outputs. Throws when LibreOffice leaves any of them unwritten.
    public func convert(_ files: [URL], to target: Target, into folder: URL) throws(ODFError) -> [URL] {
        guard !files.isEmpty else { return [] }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-lo-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let filter = target == .docx ? "docx:MS Word 2007 XML" : "pdf"
        let process = Process()
        process.executableURL = program
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--nolockcheck",
                             "--convert-to", filter, "--outdir", folder.path] + files.map(\.path)
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw .cannotWrite(path: folder.relativePath, reason: "không chạy được LibreOffice (\(program.path))")
        }
        let output = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let outputs = files.map {
            folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent).appendingPathExtension(target.rawValue)
        }
        if let missing = outputs.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) {
            let detail = String(decoding: output, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw .cannotWrite(path: missing.relativePath, reason: "LibreOffice không chuyển được sang \(target.rawValue.uppercased())\(detail.isEmpty ? "" : ": \(detail)")")
        }
        return outputs
    }
}
