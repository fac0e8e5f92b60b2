import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanServer

/// Xem trước and the templates' thumbnails go through LibreOffice and pdftoppm.
@Suite(.serialized, .enabled(if: LibreOffice.isAvailable, LibreOffice.missingNote))
struct PreviewRouteTests {
    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    @Test func previewShowsTheFirstRecordsPageAsAnImage() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 3))])
            let location = try #require(sent.location)
            let id = String(location.split(separator: "/")[1])
            let page = try await browser.get("/viec/\(id)/xem-truoc")
            #expect(page.status == .ok)
            #expect(page.text.contains("<img class=\"xem\" id=\"anh-xem-truoc\" src=\"/viec/\(id)/xem-truoc.png\""))
            let image = try await browser.get("/viec/\(id)/xem-truoc.png")
            #expect(image.headers[.contentType] == "image/png")
            #expect(image.bytes.prefix(8) == Self.pngSignature)
            let pdf = site.backend.folder(of: try #require(UUID(uuidString: id))).preview.appendingPathComponent("trang.pdf")
            let text = try LibreOffice.pdfText(pdf)
            #expect(text.contains("Nguyễn Văn Người 1"))
            #expect(!text.contains("Nguyễn Văn Người 2"))
        }
    }

    @Test func previewIsRefusedWhileTheCheckHasErrors() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "31/02/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 2))])
            let location = try #require(sent.location)
            let id = String(location.split(separator: "/")[1])
            #expect(try await browser.get("/viec/\(id)/xem-truoc").status == .conflict)
            #expect(!FileManager.default.fileExists(atPath: site.backend.folder(of: try #require(UUID(uuidString: id))).preview.path))
        }
    }

    @Test func templatesHaveAPageOneThumbnail() async throws {
        let site = try TestSite()
        try await site.test { browser in
            let list = try await browser.get("/mau")
            #expect(list.text.contains("<img src=\"/mau/giay-khen/anh.png\""))
            let image = try await browser.get("/mau/giay-khen/anh.png")
            #expect(image.status == .ok)
            #expect(image.bytes.prefix(8) == Self.pngSignature)
            #expect(try await browser.get("/mau/khong-co/anh.png").status == .notFound)
        }
    }

    @Test func wordTemplateIsReadThroughLibreOffice() async throws {
        let site = try TestSite()
        let fodt = try site.folder.write("thu-word.fodt", String(decoding: Fixtures.template("Kính gửi {{ho_ten}} về {{su_kien}}"), as: UTF8.self))
        let docx = try #require(try LibreOffice.convert([fodt], to: "docx", into: site.folder.url).first)
        let bytes = try Data(contentsOf: docx)
        try await site.test { browser in
            _ = try await browser.get("/mau")
            let upload = try await browser.post("/mau", fields: ["ten_mau": "Thư Word"], files: ["tep_mau": ("thu-word.docx", bytes)])
            #expect(upload.status == .ok)
            #expect(upload.text.contains("Đã lưu mẫu «Thư Word», phiên bản 1. Các trường: <code>ho_ten</code>, <code>su_kien</code>."))
            let stored = try #require(try site.backend.store.storedTemplates().first)
            #expect(stored.storedName.hasSuffix(".odt"))
            #expect(stored.originalName == "thu-word.docx")
            let folder = Backend.templatesFolder(site.backend.settings).path
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [stored.storedName])
        }
    }
}
