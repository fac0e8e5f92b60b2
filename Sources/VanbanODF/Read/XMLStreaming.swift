import CLibXML2
import Foundation

/// Receives the elements and text of an XML part as libxml2 reads it, without a tree being built:
/// for parts whose size is the data's (a spreadsheet's sheet, its shared strings), memory then
/// follows what the handler keeps, not the XML.
package protocol XMLStreamHandler: AnyObject {
    /// An element opens.
    func start(_ name: String, namespace: String?, attributes: XMLAttributes)
    /// An element closes.
    func end(_ name: String, namespace: String?)
    /// Text inside the current element (may come in several pieces).
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Set by the handler to stop reading (it keeps the reason).
    var stopped: Bool { get }
}

/// The attributes of an element as streamed.
package struct XMLAttributes {
    /// Namespace (none for a plain attribute), local name, value.
    var items: [(namespace: String?, name: String, value: String)] = []

    /// The value of the attribute `name` in `namespace` (`nil`: a plain attribute, as OOXML's).
    package subscript(_ name: String, namespace namespace: String? = nil) -> String? {
        items.first { $0.name == name && $0.namespace == namespace }?.value
    }
}

extension XMLParsing {
    /// Reads `data` with the same hardened settings as ``parse(_:path:)`` (no network, no DTD,
    /// no external entity) and hands each element and text to `handler`. Malformed XML ends with
    /// the same located error.
    package static func stream(_ data: Data, path: String, to handler: XMLStreamHandler) throws(ODFError) {
        let context = try newContext(for: data, path: path)
        defer { xmlFreeParserCtxt(context) }
        let box = StreamBox(handler: handler)
        context.pointee._private = Unmanaged.passUnretained(box).toOpaque()
        guard let sax = context.pointee.sax else { throw .unreadable(path: path, reason: "hết bộ nhớ") }
        sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            streamBox(userData)?.firstError.record(error.pointee)
        }
        sax.pointee.startElementNs = { userData, name, _, uri, _, _, count, _, attributes in
            guard let userData, let name, let box = streamBox(userData) else { return }
            var values = XMLAttributes()
            if let attributes {
                for index in 0..<Int(count) {
                    guard let local = attributes[index * 5], let start = attributes[index * 5 + 3],
                        let end = attributes[index * 5 + 4]
                    else { continue }
                    let bytes = UnsafeBufferPointer(start: start, count: end - start)
                    values.items.append((attributes[index * 5 + 2].map { String(cString: $0) }, String(cString: local),
                                         String(decoding: bytes, as: UTF8.self)))
                }
            }
            box.handler.start(String(cString: name), namespace: uri.map { String(cString: $0) }, attributes: values)
            if box.handler.stopped { xmlStopParser(userData.assumingMemoryBound(to: xmlParserCtxt.self)) }
        }
        sax.pointee.endElementNs = { userData, name, _, uri in
            guard let userData, let name, let box = streamBox(userData) else { return }
            box.handler.end(String(cString: name), namespace: uri.map { String(cString: $0) })
            if box.handler.stopped { xmlStopParser(userData.assumingMemoryBound(to: xmlParserCtxt.self)) }
        }
        let characters: charactersSAXFunc = { userData, bytes, count in
            guard let userData, let bytes, let box = streamBox(userData) else { return }
            box.handler.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        sax.pointee.characters = characters
        sax.pointee.cdataBlock = characters
        let parsed: XMLDocPointer? = data.withUnsafeBytes { raw in
            let bytes = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(context, bytes, Int32(raw.count), path, nil, options)
        }
        let hasDoctype = parsed.map { $0.pointee.intSubset != nil || $0.pointee.extSubset != nil } ?? false
        if let parsed { xmlFreeDoc(parsed) }
        if handler.stopped { return }
        if context.pointee.wellFormed == 0 {
            throw box.firstError.error(path: path) ?? .malformedXML(path: path, line: 1, column: 1,
                                                                    message: "tệp rỗng hoặc không phải XML")
        }
        if hasDoctype { throw .doctypeNotAllowed(path: path, line: 1) }
        if context.pointee.nsWellFormed == 0 {
            let (line, prefix) = box.firstError.undeclaredPrefix ?? (1, "?")
            throw .undeclaredPrefix(path: path, line: line, prefix: prefix)
        }
    }
}

/// What the SAX callbacks reach through the parser context's `_private`.
private final class StreamBox {
    let handler: XMLStreamHandler
    let firstError = FirstError()

    init(handler: XMLStreamHandler) {
        self.handler = handler
    }
}

/// The box of a parser context given to a callback as its user data (the context itself).
private func streamBox(_ userData: UnsafeMutableRawPointer) -> StreamBox? {
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let pointer = context.pointee._private else { return nil }
    return Unmanaged<StreamBox>.fromOpaque(pointer).takeUnretainedValue()
}
