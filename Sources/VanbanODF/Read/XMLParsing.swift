import CLibXML2
import Foundation

/// libxml2 needs one initialisation per process before threads use it.
private let libxml2Ready: Bool = {
    xmlInitParser()
    return true
}()

/// Parses XML bytes with libxml2, safely: no network, no DTD, no external entity, libxml2's
/// own limits on entity expansion and node sizes kept on. Every XML byte vanban reads comes here.
package enum XMLParsing {
    /// Never `NOENT` (entity substitution) or `DTDLOAD`: an external entity is never fetched.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Parses `data`; `path` names the source in errors. The caller owns the returned document.
    static func parse(_ data: Data, path: String) throws(ODFError) -> XMLDocPointer {
        let context = try newContext(for: data, path: path)
        defer { xmlFreeParserCtxt(context) }
        // libxml2 goes on after some errors and keeps only the last one; the first is the cause.
        let firstError = FirstError()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            Unmanaged<FirstError>.fromOpaque(box).takeUnretainedValue().record(error.pointee)
        }
        let parsed: XMLDocPointer? = data.withUnsafeBytes { raw in
            let bytes = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(context, bytes, Int32(raw.count), path, nil, options)
        }
        guard let document = parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw firstError.error(path: path) ?? malformed(context, path: path)
        }
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw .doctypeNotAllowed(path: path, line: 1)
        }
        // A prefix used without its xmlns declaration: well-formed XML, but not namespace-well-formed.
        if context.pointee.nsWellFormed == 0 {
            xmlFreeDoc(document)
            let (line, prefix) = firstError.undeclaredPrefix ?? (1, "?")
            throw .undeclaredPrefix(path: path, line: line, prefix: prefix)
        }
        return document
    }

    /// A parser context for `data`, once the bytes are known to carry no DOCTYPE; the caller
    /// frees it.
    static func newContext(for data: Data, path: String) throws(ODFError) -> xmlParserCtxtPtr {
        _ = libxml2Ready
        silenceGlobalErrors()
        if let line = doctypeLine(in: data) {
            throw .doctypeNotAllowed(path: path, line: line)
        }
        guard let context = xmlNewParserCtxt() else {
            throw .unreadable(path: path, reason: "hết bộ nhớ")
        }
        return context
    }

    private static func malformed(_ context: xmlParserCtxtPtr, path: String) -> ODFError {
        guard let error = xmlCtxtGetLastError(context), error.pointee.code != 0 else {
            return .malformedXML(path: path, line: 1, column: 1, message: "tệp rỗng hoặc không phải XML")
        }
        let message = libraryMessage(error.pointee)
        return .malformedXML(
            path: path, line: Int(error.pointee.line), column: max(1, Int(error.pointee.int2)),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Errors libxml2 raises outside a parser context (bad bytes for the declared encoding) go
    /// to a per-thread handler that prints English to stderr: on this thread, they go nowhere;
    /// the parse then fails and is reported with its place.
    static func silenceGlobalErrors() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// libxml2's message, in Vietnamese where vanban knows the case (running out of memory must
    /// never reach the clerk as libxml2's English "Memory allocation failed").
    static func libraryMessage(_ error: xmlError) -> String {
        if error.code == Int32(XML_ERR_NO_MEMORY.rawValue) {
            return "không đủ bộ nhớ để đọc phần này (quá lớn)"
        }
        return error.message.map { String(cString: $0) } ?? "lỗi không rõ"
    }

    /// The line of a `<!DOCTYPE` in the prolog, if there is one. Only the prolog is scanned:
    /// it stops at the first element.
    static func doctypeLine(in data: Data) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            var line = 1
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                if byte == UInt8(ascii: "\n") { line += 1 }
                if byte == UInt8(ascii: "<"), index + 1 < raw.count {
                    let next = raw[index + 1]
                    if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return nil }
                    if raw.count - index >= marker.count,
                        zip(marker, raw[index..<(index + marker.count)]).allSatisfy({ $0 == $1 })
                    {
                        return line
                    }
                }
                index += 1
            }
            return nil
        }
    }
}

/// Keeps the first error libxml2 reports while parsing.
final class FirstError {
    private var line = 0, column = 0, message: String?
    /// The first prefix used without a declaration, and its line.
    private(set) var undeclaredPrefix: (line: Int, prefix: String)?
    /// The undeclared prefix was the first error of all.
    private(set) var prefixCameFirst = false

    func record(_ error: xmlError) {
        if error.domain == Int32(XML_FROM_NAMESPACE.rawValue), undeclaredPrefix == nil {
            prefixCameFirst = message == nil
            let prefix = error.str1.map { String(cString: $0) } ?? "?"
            undeclaredPrefix = (max(Int(error.line), 1), prefix)
            return
        }
        guard message == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        line = Int(error.line)
        column = Int(error.int2)
        message = XMLParsing.libraryMessage(error)
    }

    func error(path: String) -> ODFError? {
        if prefixCameFirst, let (line, prefix) = undeclaredPrefix {
            return .undeclaredPrefix(path: path, line: line, prefix: prefix)
        }
        guard let message else { return nil }
        return .malformedXML(path: path, line: max(line, 1), column: max(column, 1),
                             message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
