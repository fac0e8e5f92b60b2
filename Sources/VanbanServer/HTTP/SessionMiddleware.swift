import Foundation
import HTTPTypes
import Hummingbird

/// Finds the browser's session from its cookie, or starts one (sent back as an HttpOnly,
/// SameSite=Lax cookie, Secure when the page is reached through HTTPS); sends to the login
/// page whoever is not logged in when a login is needed.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "vanban_phien"
    /// `X-Forwarded-Proto`, set by a TLS proxy in front of the page.
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    let backend: Backend

    /// Pages open without a login.
    static let openPaths: Set<String> = ["/dang-nhap"]

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let now = backend.now()
        let loginRequired = backend.loginRequired
        var session = try request.cookies[Self.cookieName].flatMap {
            try backend.store.session(token: $0.value, now: now, maximumAge: backend.settings.sessionLifetime)
        }
        if session == nil {
            session = try backend.store.createSession(for: loginRequired ? nil : .local, now: now)
            context.newSession = true
        }
        if !loginRequired, let current = session, current.user == nil {
            session = Session(token: current.token, user: .local, csrf: current.csrf)
        }
        context.session = session
        if loginRequired, session?.user == nil, !Self.openPaths.contains(request.uri.path) {
            if request.method == .get || request.method == .head {
                var response = Response.redirect(to: "/dang-nhap", type: .normal)
                if context.newSession, let session { response.setCookie(cookie(session, request: request)) }
                return response
            }
            throw ServerError.notLoggedIn
        }
        var response = try await next(request, context)
        if context.newSession, let session, response.headers[.setCookie] == nil {
            response.setCookie(cookie(session, request: request))
        }
        return response
    }

    func cookie(_ session: Session, request: Request) -> Cookie {
        Self.cookie(session, secure: backend.settings.secureCookies || request.headers[values: Self.forwardedProto].first == "https",
                    lifetime: backend.settings.sessionLifetime)
    }

    static func cookie(_ session: Session, secure: Bool, lifetime: TimeInterval) -> Cookie {
        Cookie(name: cookieName, value: session.token, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
