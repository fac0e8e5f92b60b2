import Hummingbird

/// Turns a refused request into a Vietnamese page with the error's status.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let backend: Backend

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return page(error.description, status: error.status, context: context)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            let error = ServerError.tooLarge(limit: backend.settings.uploadLimit)
            return page(error.description, status: error.status, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            return page(ServerError.notFound(what: "trang này").description, status: .notFound, context: context)
        }
    }

    private func page(_ message: String, status: HTTPResponse.Status, context: WebContext) -> Response {
        let layout = Layout(title: "Không làm được", section: .none, user: context.user, csrf: context.session?.csrf ?? "",
                            loginRequired: backend.loginRequired)
        var login = ""
        if status == .unauthorized && context.user == nil { login = "<p><a class=\"nut\" href=\"/dang-nhap\">Đăng nhập</a></p>" }
        return Response.html(layout.page("<p class=\"loi\" id=\"thong-bao-loi\">\(HTML.escape(message))</p>\(login)"), status: status)
    }
}

extension Response {
    /// An HTML page in UTF-8.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
