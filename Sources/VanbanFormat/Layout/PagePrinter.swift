import Foundation
import Glibc
import VanbanODF

/// Lays documents out with headless LibreOffice into PDFs, for the rules measured on printed
/// pages. One LibreOffice process prints every file of a check; its profile folder is kept
/// between runs (under `$XDG_CACHE_HOME/vanban` or `~/.cache/vanban`) because a new profile
/// costs a second or more, and a lock file keeps two checks from sharing it at once.
public struct PagePrinter: Sendable {
    let program: URL
    let profile: URL

    /// `nil` when LibreOffice, pdftotext or qpdf is not installed.
    public init?() {
        guard let converter = OfficeConverter(processes: 1), Tool.which("pdftotext") != nil, Tool.which("qpdf") != nil else { return nil }
        program = converter.program
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        profile = cache.appendingPathComponent("vanban/libreoffice-\(getuid())")
    }

    /// PDFs of `files` in `folder`, in order; `nil` for a file LibreOffice could not print.
    public func print(_ files: [URL], into folder: URL) -> [URL?] {
        convert(files, to: "pdf", into: folder)
    }

    /// `files` converted by one LibreOffice run to `format` (`pdf`, `odt`) in `folder`, in order;
    /// `nil` for a file LibreOffice could not convert.
    public func convert(_ files: [URL], to format: String, into folder: URL) -> [URL?] {
        guard !files.isEmpty else { return [] }
        try? FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let lock = open(profile.path + ".lock", O_CREAT | O_RDWR, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        // Inputs with the same base name would print to the same PDF: each is copied under its index.
        var inputs: [URL] = []
        for (index, file) in files.enumerated() {
            let copy = folder.appendingPathComponent("\(format)\(index).\(file.pathExtension.lowercased())")
            try? FileManager.default.copyItem(at: file, to: copy)
            inputs.append(copy)
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--nolockcheck",
                             "--convert-to", format, "--outdir", folder.path] + inputs.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return files.map { _ in nil }
        }
        return inputs.map { input in
            let output = folder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + "." + format)
            return FileManager.default.fileExists(atPath: output.path) ? output : nil
        }
    }
}
