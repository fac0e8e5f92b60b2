import Foundation
import Hummingbird
import NIOCore

extension Backend {
    /// Reads a submitted form: the body streamed up to the upload limit (a larger one is
    /// refused before it is all read), then parsed; its CSRF token must be the session's.
    func readForm(_ request: Request, context: WebContext) async throws -> FormData {
        let limit = settings.uploadLimit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw ServerError.tooLarge(limit: limit)
        }
        let form = try FormData.parse(Data(buffer.readableBytesView), contentType: request.headers[.contentType])
        guard let session = context.session, let token = form.fields["_csrf"], Self.sameToken(token, session.csrf) else {
            throw ServerError.badCSRFToken
        }
        return form
    }

    /// Compares tokens in time independent of where they differ.
    static func sameToken(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8), b = Array(right.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The user, or the error for a page that needs one (only the administrator may `action`).
    func requireUser(_ context: WebContext, administrator action: String? = nil) throws -> User {
        guard let user = context.user else { throw ServerError.notLoggedIn }
        if let action, user.role != .administrator { throw ServerError.forbidden(action: action) }
        return user
    }

    func layout(_ title: String, _ section: Layout.Section, _ context: WebContext) -> Layout {
        Layout(title: title, section: section, user: context.user, csrf: context.session?.csrf ?? "", loginRequired: loginRequired)
    }
}
