import Foundation

/// A Word template (.docx) turned into an ODF one by LibreOffice (`--convert-to odt`, a profile
/// folder of its own), so that the office can upload what it has; the result is then compiled
/// like any other template (split tags are healed by the compiler).
enum WordImport {
    /// Converts `docx` into `folder` and returns the `.odt`.
    static func convert(_ docx: URL, into folder: URL) throws(ServerError) -> URL {
        let profile = folder.appendingPathComponent("lo-profile", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                             "--nolockcheck", "--convert-to", "odt", "--outdir", folder.path, docx.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .previewFailed(detail: "không chạy được LibreOffice để đọc tệp Word")
        }
        process.waitUntilExit()
        let odt = folder.appendingPathComponent(docx.deletingPathExtension().lastPathComponent).appendingPathExtension("odt")
        guard FileManager.default.fileExists(atPath: odt.path) else {
            throw .badForm(reason: "LibreOffice không đọc được tệp Word này")
        }
        return odt
    }
}
