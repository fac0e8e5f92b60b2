import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A browser over HummingbirdTesting's client: keeps the session cookie, reads each page's
/// CSRF token, sends forms as `multipart/form-data` or URL-encoded.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    /// The CSRF token of the last page that had a form.
    var csrf = ""

    init(client: any TestClientProtocol) {
        self.client = client
    }

    /// A page: its status, text and headers.
    struct Page {
        let status: HTTPResponse.Status
        let text: String
        let headers: HTTPFields
        let bytes: Data

        var location: String? { headers[.location] }
    }

    @discardableResult
    func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: extra, body: nil)
    }

    /// Posts `fields` (and `files`: field → (name, bytes)) as multipart; `csrf`: the token sent
    /// (default: the page's).
    @discardableResult
    func post(_ uri: String, fields: [String: String] = [:], files: [String: (String, Data)] = [:], csrf token: String? = nil,
              headers extra: HTTPFields = [:]) async throws -> Page {
        let boundary = "vanban-test-boundary-7f3a"
        var body = Data()
        var all = fields
        all["_csrf"] = token ?? csrf
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, file) in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file.0)\"\r\n".utf8)
            body += Data("Content-Type: application/octet-stream\r\n\r\n".utf8) + file.1 + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var headers = extra
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(uri, method: .post, headers: headers, body: body)
    }

    private func send(_ uri: String, method: HTTPRequest.Method, headers extra: HTTPFields, body: Data?) async throws -> Page {
        var headers = extra
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: uri, method: method, headers: headers,
                                                body: body.map { ByteBuffer(bytes: $0) })
        if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first {
            cookie = String(pair)
        }
        let bytes = Data(response.body.readableBytesView)
        let text = String(decoding: bytes, as: UTF8.self)
        if let range = text.range(of: "name=\"_csrf\" value=\"") {
            csrf = String(text[range.upperBound...].prefix(while: { $0 != "\"" }))
        }
        return Page(status: response.status, text: text, headers: response.headers, bytes: bytes)
    }
}

/// The text between `start` and the next `end` in `text`.
func between(_ text: String, _ start: String, _ end: String) -> String? {
    guard let from = text.range(of: start) else { return nil }
    let rest = text[from.upperBound...]
    guard let to = rest.range(of: end) else { return nil }
    return String(rest[..<to.lowerBound])
}
