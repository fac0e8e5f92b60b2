import Foundation
import Testing
@testable import VanbanServer

/// Mẫu: uploads are compiled; errors shown with their place; good ones stored with versions.
@Suite struct TemplateRouteTests {
    @Test func templateWithErrorsIsRejectedWithItsPlace() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/mau")
            let upload = try await browser.post("/mau", fields: ["ten_mau": "Thư mời"],
                                                files: ["tep_mau": ("thu-moi.fodt", Fixtures.template("Kính gửi {{#ds}}{{ten}}"))])
            #expect(upload.status == .unprocessableContent)
            #expect(upload.text.contains("Mẫu «thu-moi.fodt» có lỗi, chưa lưu."))
            #expect(upload.text.contains("<td>thu-moi.fodt:3</td><td>mục {{#ds}} chưa được đóng (ở đoạn «Kính gửi {{#ds}}{{ten}}»). "
                + "Thêm {{/ds}} ở chỗ kết thúc mục.</td>"))
            #expect(try site.backend.store.storedTemplates().isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: Backend.templatesFolder(site.backend.settings).path).isEmpty)
        }
    }

    @Test func goodTemplateIsStoredWithItsFieldsAndVersions() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/mau")
            let first = try await browser.post("/mau", fields: ["ten_mau": "Thư mời"],
                                               files: ["tep_mau": ("thu-moi.fodt", Fixtures.template("Kính gửi {{ho_ten}}, {{ngay | ngay_dai}}"))])
            #expect(first.status == .ok)
            #expect(first.text.contains("Đã lưu mẫu «Thư mời», phiên bản 1. Các trường: <code>ho_ten</code>, <code>ngay</code>."))
            let second = try await browser.post("/mau", fields: ["ten_mau": "Thư mời"],
                                                files: ["tep_mau": ("thu-moi-2.fodt", Fixtures.template("Kính mời {{ho_ten}}"))])
            #expect(second.text.contains("phiên bản 2"))
            let stored = try site.backend.store.storedTemplates()
            #expect(stored.count == 1)
            #expect(stored.first?.version == 2)
            #expect(try site.backend.store.templateVersions(id: stored[0].id).map(\.version) == [2, 1])
            let form = try await browser.get("/soan/dv-\(stored[0].id)")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"ho_ten\""))
            #expect(!form.text.contains("name=\"ngay\""))
        }
    }

    @Test func uploadOfAnotherKindIsRefused() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/mau")
            let upload = try await browser.post("/mau", fields: ["ten_mau": "X"], files: ["tep_mau": ("x.doc", Data("PK".utf8))])
            #expect(upload.status == .badRequest)
            #expect(upload.text.contains(HTML.escape("Tệp \"x.doc\" không đúng loại: chỉ nhận .fodt, .odt, .docx.")))
        }
    }

    @Test func oversizedUploadIsRefusedBeforeItIsRead() async throws {
        let site = try TestSite(uploadLimit: 1_048_576)
        try await site.test { browser in
            _ = try await browser.get("/mau")
            let big = Data(repeating: 0x41, count: 1_200_000)
            let upload = try await browser.post("/mau", fields: ["ten_mau": "To"], files: ["tep_mau": ("to.fodt", big)])
            #expect(upload.status == .contentTooLarge)
            #expect(upload.text.contains("Tệp gửi lên quá lớn: tối đa 1 MB."))
            #expect(try site.backend.store.storedTemplates().isEmpty)
        }
    }

    @Test func unknownTemplateOrJobIsNotFoundAndNoPathReachesTheFileSystem() async throws {
        let site = try TestSite()
        try await site.test { browser in
            for page in ["/soan/..%2F..%2Fetc%2Fpasswd", "/soan/giay-khen.fodt", "/viec/khong-phai-ma/kiem-tra",
                         "/viec/00000000-0000-0000-0000-000000000000/tai"] {
                let response = try await browser.get(page)
                #expect(response.status == .notFound, "\(page)")
            }
            let job = try await browser.get("/viec/khong-phai-ma/kiem-tra")
            #expect(job.text.contains("Không tìm thấy việc này."))
            let page = try await browser.get("/khong-co-trang-nay")
            #expect(page.status == .notFound)
            #expect(page.text.contains("Không tìm thấy trang này."))
        }
    }
}
