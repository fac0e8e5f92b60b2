import Foundation

extension RegisterSheet {
    /// Converts a written .fods to PDF with LibreOffice (`soffice --headless --convert-to pdf`)
    /// into `folder`, with a private LibreOffice profile so it runs beside an open LibreOffice.
    /// Returns the PDF's URL.
    public static func convertToPDF(_ sheet: URL, into folder: URL, soffice: String = "soffice") throws -> URL {
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("vanban-so-di-lo-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [soffice, "-env:UserInstallation=\(profile.absoluteString)", "--headless",
                             "--convert-to", "pdf", "--outdir", folder.path, sheet.path]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RegisterError.conversionFailed(file: sheet.path, reason: "\(soffice): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pdf = folder.appendingPathComponent(sheet.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw RegisterError.conversionFailed(file: sheet.path, reason: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return pdf
    }
}
