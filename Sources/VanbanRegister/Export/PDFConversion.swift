import Foundation
import VanbanODF

extension RegisterSheet {
    /// Converts a written .fods to PDF into `folder` with the one LibreOffice converter vanban
    /// has (``OfficeConverter``: a private profile, so it runs beside an open LibreOffice).
    /// Returns the PDF's URL.
    public static func convertToPDF(_ sheet: URL, into folder: URL) throws -> URL {
        guard let converter = OfficeConverter(processes: 1) else {
            throw RegisterError.conversionFailed(file: sheet.path, reason: "không tìm thấy LibreOffice (soffice)")
        }
        do {
            return try converter.convert([sheet], to: .pdf, into: folder)[0]
        } catch {
            throw RegisterError.conversionFailed(file: sheet.path, reason: error.description)
        }
    }
}
