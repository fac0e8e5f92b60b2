import Foundation
import Testing

/// Headless LibreOffice for tests: converts documents to PDF and reads the PDF's text, the way
/// a clerk's office suite would show them.
///
/// Conversions run one at a time in a private profile (two soffice processes on one profile
/// hand jobs to each other or fail). soffice exits 0 even when it fails, so every result is
/// checked for its output file.
public enum LibreOffice {
    /// Whether `soffice` and `pdftotext` are installed.
    public static var isAvailable: Bool {
        Shell.which("soffice") != nil && Shell.which("pdftotext") != nil
    }

    /// Why a test that needs LibreOffice is skipped (Swift Testing reports it as skipped, not passed).
    public static let missingNote: Comment = """
        SKIPPED: LibreOffice (soffice) or poppler-utils (pdftotext) is not installed; \
        apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils
        """

    private static let lock = NSLock()
    private static let profile: URL = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("vanban-tests-lo-profile-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Converts `files` to `format` (`pdf`, `fodt`, …) into `folder` with one soffice run, and
    /// returns the output URLs in order. Throws when any output is missing.
    public static func convert(_ files: [URL], to format: String, into folder: URL) throws -> [URL] {
        lock.lock()
        defer { lock.unlock() }
        let result = try Shell.run(
            "soffice",
            ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--nolockcheck",
             "--convert-to", format, "--outdir", folder.path] + files.map(\.path))
        let outputs = files.map {
            folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + "." + format.split(separator: ":")[0])
        }
        for output in outputs where !FileManager.default.fileExists(atPath: output.path) {
            throw ShellError(message: "soffice wrote no \(output.lastPathComponent): \(result.output)")
        }
        return outputs
    }

    /// The text of a PDF, as `pdftotext -layout`-free plain text.
    public static func pdfText(_ pdf: URL) throws -> String {
        try Shell.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output
    }

    /// The number of pages of a PDF (`pdfinfo`).
    public static func pageCount(_ pdf: URL) throws -> Int {
        let info = try Shell.run("pdfinfo", [pdf.path]).output
        for line in info.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return 0
    }
}
