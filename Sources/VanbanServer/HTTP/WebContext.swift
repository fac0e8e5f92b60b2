import Hummingbird

/// The request context of the web page: the browser's session, once the session middleware
/// has found or made it.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The session (always set past ``SessionMiddleware``).
    var session: Session?
    /// Whether the cookie must be sent again (a new session).
    var newSession = false

    init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Uploads are limited by the server's settings, checked where the body is read.
    var maxUploadSize: Int { .max }

    /// The user: the session's account, or the machine's own user when no login is needed.
    var user: User? { session?.user }
}
