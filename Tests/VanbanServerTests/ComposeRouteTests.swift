import Foundation
import Testing
import ZIPFoundation
@testable import VanbanServer

/// Soạn → Kiểm tra → Tạo → tải về → Lịch sử, through the routes, with Flat ODT outputs (no
/// LibreOffice needed).
@Suite struct ComposeRouteTests {
    @Test func formComesFromTheTemplatesFieldsWithTheSamplesHints() async throws {
        let site = try TestSite()
        try await site.test { browser in
            let award = try await browser.get("/soan/giay-khen")
            #expect(award.status == .ok)
            #expect(award.text.contains("<label for=\"o_ho_ten\">Họ và tên <span class=\"nho\">{{ho_ten}}</span>"
                + "<span class=\"goi-y\">Người (hoặc tập thể) được khen: tên tập thể cũng ghi vào ho_ten.</span></label>"))
            #expect(award.text.contains("name=\"ngay\" value=\"05/01/2026\" placeholder=\"ngày/tháng/năm, ví dụ 05/01/2026\""))
            let letter = try await browser.get("/soan/cong-van")
            #expect(letter.text.contains("<textarea id=\"o_kinh_gui\" name=\"kinh_gui\" rows=\"4\">"
                + "Các cơ quan, đơn vị trực thuộc Sở Y tế\nCác phòng chức năng thuộc Sở</textarea>"))
            #expect(letter.text.contains("<textarea id=\"o_noi_dung\" name=\"noi_dung\" rows=\"6\">Thực hiện Kế hoạch số 266/KH-SYT"))
            let plan = try await browser.get("/soan/ke-hoach")
            #expect(plan.text.contains("Dữ liệu nhiều tầng, viết như tệp mẫu (YAML)."))
        }
    }

    @Test func checkListsEveryErrorAndNothingIsMadeUntilItIsFixed() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "31/02/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 3))])
            #expect(sent.status == .seeOther)
            let check = try #require(sent.location)
            let id = try #require(check.split(separator: "/").dropFirst().first.map(String.init))
            let bad = try await browser.get(check)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Có 2 lỗi. Chưa tạo văn bản nào"))
            // Each row: the records and where the bad value is (the form's date, not the list's
            // rows), then the template's place and what to do.
            let row = "<tr><td>các bản ghi 1, 2, 3 (biểu mẫu (du-lieu.yaml))</td><td>giay-khen.fodt:"
            let message = HTML.escape("\"ngay | ngay_dai\": ngày \"31/02/2026\" không có thật trên lịch. Kiểm tra lại ngày và tháng.")
            #expect(bad.text.components(separatedBy: row).dropFirst().filter { $0.contains(message + "</td></tr>") }.count == 2, "\(bad.text)")
            #expect(!bad.text.contains("id=\"nut-tao\""))
            let refused = try await browser.post("/viec/\(id)/tao", fields: ["dinh_dang": "fodt", "dong_goi": "mot-tep"])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains(HTML.escape("Việc này đang ở trạng thái \"còn lỗi, chưa kiểm tra xong\", không làm được thao tác đó.")))
            let folder = site.backend.folder(of: try #require(UUID(uuidString: id)))

            #expect(!FileManager.default.fileExists(atPath: folder.result.path))
            #expect(!FileManager.default.fileExists(atPath: folder.check.path))

            let form = try await browser.get("/soan/giay-khen?viec=\(id)")
            #expect(form.text.contains("value=\"31/02/2026\""))
            #expect(form.text.contains("Đang dùng danh sách «ds.csv»"))
            var fixed = Fixtures.awardForm(date: "31/02/2026")
            fixed["ngay"] = "05/01/2026"
            #expect(try await browser.post("/soan/giay-khen?viec=\(id)", fields: fixed).location == check)
            let good = try await browser.get(check)
            #expect(good.status == .ok)
            #expect(good.text.contains("Không có lỗi: 3 bản ghi đã được kiểm tra."))
            #expect(good.text.contains("<tr><td><code>ho_ten</code></td><td>cột của danh sách</td></tr>"))
            #expect(good.text.contains("<tr><td><code>ngay</code></td><td>biểu mẫu</td></tr>"))

            let queued = try await browser.post("/viec/\(id)/tao", fields: ["dinh_dang": "fodt", "dong_goi": "mot-tep"])
            #expect(queued.location == "/viec/\(id)")
            let uuid = try #require(UUID(uuidString: id))
            let job = try #require(try await site.waitForJob(uuid))
            #expect(job.state == .finished)
            #expect(job.records == 3)
            let done = try await browser.get("/viec/\(id)")
            #expect(done.text.contains("Đã tạo 3 bản ghi (FODT)."))
            let download = try await browser.get("/viec/\(id)/tai")
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"giay-khen.fodt\"")
            #expect(download.text.contains("Nguyễn Văn Người 3"))
            #expect(download.text.contains("ngày 05 tháng 01 năm 2026"))
            let history = try await browser.get("/lich-su")
            #expect(history.text.contains("<td>ds.csv</td><td>3</td><td>máy này</td><td>Xong</td>"))
            let events = try await browser.get("/viec/\(id)/tien-do")
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.text.contains("\"ket_thuc\":true"))
        }
    }

    @Test func zipHoldsAFilePerRecordAndTheManifest() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 4))])
            let check = try #require(sent.location)
            let id = try #require(UUID(uuidString: String(check.split(separator: "/")[1])))
            #expect(try await browser.get(check).status == .ok)
            _ = try await browser.post("/viec/\(id.uuidString.lowercased())/tao", fields: ["dinh_dang": "fodt", "dong_goi": "zip"])
            #expect(try await site.waitForJob(id)?.state == .finished)
            let download = try await browser.get("/viec/\(id.uuidString.lowercased())/tai")
            #expect(download.headers[.contentType] == "application/zip")
            let archive = try Archive(data: download.bytes, accessMode: .read)
            #expect(archive.map(\.path).sorted() == ["001.fodt", "002.fodt", "003.fodt", "004.fodt", "danh-muc.txt", "vanban-ds.tsv"])
        }
    }

    @Test func failedJobLeavesNoResultAndSaysWhy() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 2))])
            let location = try #require(sent.location)
            let id = try #require(UUID(uuidString: String(location.split(separator: "/")[1])))
            let job = try #require(try site.backend.store.job(id: id))
            let entry = try #require(site.backend.catalog.entry(key: "giay-khen"))
            // The list disappears between the check and the run.
            try FileManager.default.removeItem(at: site.backend.folder(of: id).list(extension: "csv"))
            site.backend.execute(job, entry: entry, format: .fodt, packaging: .oneFile)
            let failed = try #require(try site.backend.store.job(id: id))
            #expect(failed.state == .failed)
            #expect(failed.resultName == nil)
            #expect(failed.message?.hasPrefix("ds.csv: ") == true)
            #expect(!FileManager.default.fileExists(atPath: site.backend.folder(of: id).result.path))
            let page = try await browser.get("/viec/\(id.uuidString.lowercased())")
            #expect(page.text.contains("Việc này không tạo được văn bản nào:"))
            #expect(try await browser.get("/viec/\(id.uuidString.lowercased())/tai").status == .conflict)
        }
    }

    @Test func listOfAnotherKindIsRefused() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.pdf", Data("%PDF".utf8))])
            #expect(sent.status == .badRequest)
            #expect(sent.text.contains(HTML.escape("Tệp \"ds.pdf\" không đúng loại: chỉ nhận .xlsx, .ods, .csv.")))
            #expect(try site.backend.store.jobs(limit: 5).isEmpty)
        }
    }

    @Test func brokenSpreadsheetIsAnErrorOfTheCheck() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                              files: ["danh_sach": ("ds.xlsx", Data("không phải zip".utf8))])
            let location = try #require(sent.location)
            let check = try await browser.get(location)
            #expect(check.status == .unprocessableContent)
            #expect(check.text.contains("<td>—</td><td>ds.xlsx"))
        }
    }

    @Test func nextFormStartsFromTheLastDocumentOfThatKind() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            var form = Fixtures.awardForm(date: "05/01/2026")
            form["nguoi_ky"] = "Lê Thị Hoa"
            _ = try await browser.post("/soan/giay-khen", fields: form, files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: 1))])
            let next = try await browser.get("/soan/giay-khen")
            #expect(next.text.contains("name=\"nguoi_ky\" value=\"Lê Thị Hoa\""))
        }
    }

    @Test func oneDocumentFromTheFormAloneWithListInputs() async throws {
        let site = try TestSite()
        try await site.test { browser in
            let form = try await browser.get("/soan/cong-van")
            // The form as the browser would send it: every input with its pre-filled value.
            var fields: [String: String] = [:]
            var rest = form.text[...]
            while let name = rest.range(of: "name=\"") {
                let after = rest[name.upperBound...]
                let key = String(after.prefix(while: { $0 != "\"" }))
                if let textarea = after.range(of: "\">"), after[..<textarea.lowerBound].contains("rows="),
                   let end = after.range(of: "</textarea>") {
                    fields[key] = String(after[textarea.upperBound..<end.lowerBound])
                } else if let value = after.range(of: "value=\""), !after[..<value.lowerBound].contains(">") {
                    fields[key] = String(after[value.upperBound...].prefix(while: { $0 != "\"" }))
                }
                rest = after
            }
            fields["_csrf"] = nil
            fields["cach_dung"] = "hang-loat"
            fields["noi_nhan"] = "Giám đốc, các PGĐ Sở\nPhòng Kế hoạch - Tài chính"
            let sent = try await browser.post("/soan/cong-van", fields: fields)
            let check = try #require(sent.location)
            let good = try await browser.get(check)
            #expect(good.text.contains("Không có lỗi: 1 bản ghi đã được kiểm tra."))
            #expect(!good.text.contains("name=\"dong_goi\" value=\"zip\""))
            let id = try #require(UUID(uuidString: String(check.split(separator: "/")[1])))
            _ = try await browser.post("/viec/\(id.uuidString.lowercased())/tao", fields: ["dinh_dang": "fodt", "dong_goi": "mot-tep"])
            #expect(try await site.waitForJob(id)?.state == .finished)
            let document = try await browser.get("/viec/\(id.uuidString.lowercased())/tai").text
            #expect(document.contains("Phòng Kế hoạch - Tài chính"))
            #expect(document.contains("Các phòng chức năng thuộc Sở"))
            #expect(document.contains("đăng ký điển hình tiên tiến giai đoạn 2020 - 2025"))
        }
    }
}
