import Hummingbird

/// The request context of the web page: the browser's session, once the session middleware
/// has found or made it.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The session (always set past ``SessionMiddleware``).
    var session: Session?
    /// Whether the cookie must be sent again (a new session).
    var newSession = false

    /// The client's IP address, when the connection tells it (login attempts are limited by it too).
    let clientAddress: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Uploads are limited by the server's settings, checked where the body is read.
    var maxUploadSize: Int { .max }

    /// The user: the session's account, or the machine's own user when no login is needed.
    var user: User? { session?.user }
}
