import Foundation
import Hummingbird

/// Đăng nhập, đăng xuất, Tài khoản.
struct AccountRoutes {
    let backend: Backend

    func add(to router: Router<WebContext>) {
        router.get("/dang-nhap") { _, context in
            let layout = backend.layout("Đăng nhập", .none, context)
            return Response.html(Layout(title: layout.title, section: .none, user: nil, csrf: layout.csrf, loginRequired: true)
                .page(LoginPage.body(csrf: layout.csrf, error: nil)))
        }
        router.post("/dang-nhap") { request, context in try await login(request, context) }
        router.post("/dang-xuat") { request, context in
            _ = try await backend.readForm(request, context: context)
            if let token = context.session?.token { try backend.store.deleteSession(token: token) }
            var response = Response.redirect(to: "/dang-nhap", type: .normal)
            response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true))
            return response
        }
        router.get("/tai-khoan") { _, context in
            _ = try backend.requireUser(context, administrator: "quản lý tài khoản")
            return Response.html(backend.layout("Tài khoản", .accounts, context).page(
                AccountsPage.body(accounts: try backend.store.accounts(), csrf: context.session?.csrf ?? "", message: nil)))
        }
        router.post("/tai-khoan") { request, context in
            _ = try backend.requireUser(context, administrator: "quản lý tài khoản")
            let form = try await backend.readForm(request, context: context)
            guard let name = form.value("ten") else { throw ServerError.missingFormField(name: "Tên tài khoản") }
            // The first account of a page that ran without login is its administrator: no
            // one could log in to manage the others otherwise.
            let first = !(try backend.store.hasAccounts())
            let role = first ? .administrator : Role(rawValue: form.value("vai_tro") ?? "") ?? .clerk
            let password = form.fields["mat_khau"] ?? ""
            let settings = backend.settings
            let store = backend.store
            let now = backend.now()
            try await Backend.offload {
                try Accounts.create(name: name, password: password, role: role, store: store, cost: settings.bcryptCost, now: now)
            }
            return Response.html(backend.layout("Tài khoản", .accounts, context).page(
                AccountsPage.body(accounts: try backend.store.accounts(), csrf: context.session?.csrf ?? "",
                                  message: "Đã thêm tài khoản \(name) (\(role.title)).")))
        }
    }

    private func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await backend.readForm(request, context: context)
        let name = form.value("ten") ?? ""
        let password = form.fields["mat_khau"] ?? ""
        let page = { (error: ServerError) in
            Response.html(Layout(title: "Đăng nhập", section: .none, user: nil, csrf: context.session?.csrf ?? "", loginRequired: true)
                .page(LoginPage.body(csrf: context.session?.csrf ?? "", error: error.description, name: name)), status: error.status)
        }
        if let seconds = backend.throttle.wait(for: name, from: context.clientAddress) {
            return page(.tooManyLogins(seconds: seconds))
        }
        let store = backend.store
        guard let user = try await Backend.offload({ Accounts.verify(name: name, password: password, store: store) }) else {
            backend.throttle.recordFailure(for: name, from: context.clientAddress)
            return page(.wrongPassword)
        }
        backend.throttle.recordSuccess(for: name)
        // A new session on login: a token seen before the login is never the logged-in one.
        if let old = context.session?.token { try store.deleteSession(token: old) }
        let session = try store.createSession(for: user, now: backend.now())
        var response = Response.redirect(to: "/soan", type: .normal)
        response.setCookie(SessionMiddleware(backend: backend).cookie(session, request: request))
        return response
    }
}
