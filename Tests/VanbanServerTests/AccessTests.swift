import Foundation
import HTTPTypes
import Testing
@testable import VanbanServer

/// Who may open what: login, roles, CSRF, rate limits, the start on a network address.
@Suite struct AccessTests {
    @Test func loopbackWithoutAccountsOpensEveryPageWithoutLogin() async throws {
        let site = try TestSite()
        try await site.test { browser in
            let compose = try await browser.get("/soan")
            #expect(compose.status == .ok)
            #expect(compose.text.contains("Chạy trên máy này (không cần đăng nhập)"))
            #expect(compose.text.contains("<a href=\"/soan/giay-khen\"><strong>Giấy khen</strong></a>"))
            #expect(try await browser.get("/mau").text.contains("Tải lên mẫu của đơn vị"))
            #expect(try await browser.get("/lich-su").status == .ok)
        }
    }

    @Test func networkAddressRefusesToStartWithoutAdministrator() throws {
        let folder = try TestSite().folder
        defer { folder.remove() }
        let settings = ServerSettings(host: "0.0.0.0", port: 0, dataFolder: folder.file("du-lieu"))
        #expect(throws: ServerError.noAdministrator(host: "0.0.0.0")) { _ = try WebApplication.build(settings) }
        #expect(ServerError.noAdministrator(host: "0.0.0.0").description
            == "Máy chủ nghe ở 0.0.0.0 (mạng cơ quan) nên phải có tài khoản quản trị trước: "
            + "chạy \"vanban phuc-vu --tao-quan-tri TEN\" rồi chạy lại.")
        try WebApplication.createAdministrator(settings, name: "admin", password: "mat-khau-dai")
        _ = try WebApplication.build(settings)
    }

    @Test func pagesNeedLoginOnceAccountsExist() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("admin", "mat-khau-dai", .administrator)])
        try await site.test { browser in
            for page in ["/soan", "/mau", "/lich-su", "/soan/giay-khen", "/tai-khoan"] {
                let response = try await browser.get(page)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.location == "/dang-nhap")
            }
            let post = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"))
            #expect(post.status == .unauthorized)
            #expect(post.text.contains("Cần đăng nhập để mở trang này."))
            #expect(try site.backend.store.jobs(limit: 10).isEmpty)
        }
    }

    @Test func loginStartsANewHttpOnlySessionAndLogoutEndsIt() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("van.thu", "mat-khau-dai", .clerk)])
        try await site.test { browser in
            let login = try await browser.get("/dang-nhap")
            #expect(login.status == .ok)
            let before = browser.cookie
            let setCookie = login.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            #expect(!setCookie.contains("Secure"))
            let done = try await browser.post("/dang-nhap", fields: ["ten": "Van.Thu", "mat_khau": "mat-khau-dai"])
            #expect(done.status == .seeOther)
            #expect(done.location == "/soan")
            #expect(browser.cookie != before)
            let compose = try await browser.get("/soan")
            #expect(compose.status == .ok)
            #expect(compose.text.contains("van.thu · Văn thư"))
            #expect(try await browser.post("/dang-xuat").location == "/dang-nhap")
            #expect(try await browser.get("/soan").location == "/dang-nhap")
        }
    }

    @Test func cookieIsSecureBehindTLS() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("admin", "mat-khau-dai", .administrator)])
        try await site.test { browser in
            let proto = HTTPField.Name("X-Forwarded-Proto")!
            let login = try await browser.get("/dang-nhap", headers: [proto: "https"])
            #expect(login.headers[.setCookie]?.contains("Secure") == true)
        }
    }

    @Test func wrongPasswordsAreRateLimited() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("admin", "mat-khau-dai", .administrator)])
        try await site.test { browser in
            _ = try await browser.get("/dang-nhap")
            for _ in 0..<LoginThrottle.maximumFailures {
                let wrong = try await browser.post("/dang-nhap", fields: ["ten": "admin", "mat_khau": "sai-mat-khau"])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("Sai tên tài khoản hoặc mật khẩu."))
            }
            let limited = try await browser.post("/dang-nhap", fields: ["ten": "admin", "mat_khau": "mat-khau-dai"])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.text.contains("Đăng nhập sai quá nhiều lần. Hãy thử lại sau 300 giây."))
            site.clock.advance(LoginThrottle.window + 1)
            #expect(try await browser.post("/dang-nhap", fields: ["ten": "admin", "mat_khau": "mat-khau-dai"]).status == .seeOther)
        }
    }

    @Test func formWithWrongCSRFTokenIsRefused() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/soan/giay-khen")
            let forged = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                                csrf: String(repeating: "0", count: 64))
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains(HTML.escape(ServerError.badCSRFToken.description)))
            #expect(ServerError.badCSRFToken.description
                == "Biểu mẫu đã cũ hoặc không phải của phiên này (mã chống giả mạo không khớp). Hãy tải lại trang rồi gửi lại.")
            let missing = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"), csrf: "")
            #expect(missing.status == .forbidden)
            #expect(try site.backend.store.jobs(limit: 10).isEmpty)
        }
    }

    @Test func clerkMayNotUploadTemplatesNorManageAccounts() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("vt", "mat-khau-dai", .clerk)])
        try await site.test { browser in
            _ = try await browser.get("/dang-nhap")
            _ = try await browser.post("/dang-nhap", fields: ["ten": "vt", "mat_khau": "mat-khau-dai"])
            let templates = try await browser.get("/mau")
            #expect(!templates.text.contains("Tải lên mẫu của đơn vị"))
            let upload = try await browser.post("/mau", fields: ["ten_mau": "Mẫu"], files: ["tep_mau": ("a.fodt", Fixtures.template("{{x}}"))])
            #expect(upload.status == .forbidden)
            #expect(upload.text.contains("Tài khoản văn thư không được tải mẫu lên; hãy nhờ quản trị."))
            #expect(try await browser.get("/tai-khoan").status == .forbidden)
        }
    }

    @Test func administratorAddsAClerk() async throws {
        let site = try TestSite(host: "0.0.0.0", accounts: [("admin", "mat-khau-dai", .administrator)])
        try await site.test { browser in
            _ = try await browser.get("/dang-nhap")
            _ = try await browser.post("/dang-nhap", fields: ["ten": "admin", "mat_khau": "mat-khau-dai"])
            _ = try await browser.get("/tai-khoan")
            let short = try await browser.post("/tai-khoan", fields: ["ten": "lan", "mat_khau": "ngan", "vai_tro": "van-thu"])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("Mật khẩu phải có ít nhất 8 ký tự."))
            let added = try await browser.post("/tai-khoan", fields: ["ten": "lan", "mat_khau": "mat-khau-lan", "vai_tro": "van-thu"])
            #expect(added.text.contains("Đã thêm tài khoản lan (Văn thư)."))
            #expect(try site.backend.store.accounts().map(\.name) == ["admin", "lan"])
        }
    }
}

/// The first account made on a page that ran without login.
@Suite struct FirstAccountTests {
    @Test func firstAccountMadeWithoutLoginIsTheAdministrator() async throws {
        let site = try TestSite()
        try await site.test { browser in
            _ = try await browser.get("/tai-khoan")
            let added = try await browser.post("/tai-khoan", fields: ["ten": "lan", "mat_khau": "mat-khau-lan", "vai_tro": "van-thu"])
            #expect(added.text.contains("Đã thêm tài khoản lan (Quản trị)."))
            #expect(try await browser.get("/soan").location == "/dang-nhap")
        }
    }
}

/// The limits of ``LoginThrottle`` by account name and by address.
@Suite struct LoginThrottleTests {
    @Test func oneAddressTryingManyNamesIsLimitedToo() {
        let clock = TestClock()
        let throttle = LoginThrottle(now: { clock.now })
        for number in 0..<LoginThrottle.maximumFailuresPerAddress {
            #expect(throttle.wait(for: "ten\(number)", from: "10.0.0.9") == nil)
            throttle.recordFailure(for: "ten\(number)", from: "10.0.0.9")
        }
        #expect(throttle.wait(for: "ten-moi", from: "10.0.0.9") == 300)
        #expect(throttle.wait(for: "ten-moi", from: "10.0.0.10") == nil)
        clock.advance(100)
        #expect(throttle.wait(for: "ten-moi", from: "10.0.0.9") == 200)
    }
}
