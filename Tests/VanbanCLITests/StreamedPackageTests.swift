import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// `--mot-tep` into one `.odt`: the package is zipped as the records render; it must hold the
/// same pages as the Flat ODT route.
@Suite struct StreamedPackageTests {
    static let list = "Họ và tên;Đơn vị;Số sổ vàng\nNguyễn Thị Đào;Bệnh viện tỉnh;GK-1\nTrần Văn Bình;Sở Y tế;GK-2\n"
        + "Lê Thị Cúc;Sở Y tế;GK-3\nPhạm Văn Dũng;Sở Tài chính;GK-4\n"

    /// The list into one `.odt` and one `.fodt`, `mot.odt` and `mot.fodt` in `folder`.
    static func writeBoth(in folder: TemporaryFolder) throws {
        try folder.write("ds.csv", list)
        for output in ["mot.odt", "mot.fodt"] {
            let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "--mot-tep", "-o", output],
                                        in: folder.url)
            #expect(result.status == 0, "\(result.error)")
        }
    }

    @Test func theOdtHoldsTheFlatDocumentsContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.writeBoth(in: folder)
        let packaged = try Document(contentsOf: folder.file("mot.odt"))
        let flat = try Document(contentsOf: folder.file("mot.fodt"))
        #expect(packaged.plainText == flat.plainText)
        #expect(packaged.plainText.components(separatedBy: "GIẤY KHEN").count - 1 == 4)
        // A zip any reader takes: mimetype first and stored, the parts listed.
        let listing = try Shell.run("unzip", ["-Z1", folder.file("mot.odt").path]).output.split(separator: "\n")
        #expect(listing.first == "mimetype")
        #expect(Set(listing).isSuperset(of: ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]))
        #expect(try Shell.run("unzip", ["-tq", folder.file("mot.odt").path]).status == 0)
        #expect(try Vanban.run(["kiem-tra", "mot.odt"], in: folder.url).status == 0)
    }

    @Test(.enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
    func theOdtPrintsTheSamePagesAsTheFlatDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.writeBoth(in: folder)
        try FileManager.default.createDirectory(at: folder.file("pdf-odt"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.file("pdf-fodt"), withIntermediateDirectories: true)
        let fromPackage = try LibreOffice.convert([folder.file("mot.odt")], to: "pdf", into: folder.file("pdf-odt"))[0]
        let fromFlat = try LibreOffice.convert([folder.file("mot.fodt")], to: "pdf", into: folder.file("pdf-fodt"))[0]
        #expect(try LibreOffice.pageCount(fromPackage) == 4)
        let pages = try LibreOffice.pdfText(fromPackage).components(separatedBy: "\u{0C}")
        #expect(pages == (try LibreOffice.pdfText(fromFlat).components(separatedBy: "\u{0C}")))
        #expect(pages[3].contains("Phạm Văn Dũng"))
    }
}
