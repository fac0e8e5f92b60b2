import Foundation
import VanbanData
import VanbanODF

extension Template {
    /// Fills the template once with `data`, its sections over `list.name` walking `list` as it
    /// is read (``StreamedList``): the document's bytes are handed to `write` a megabyte at a
    /// time, so that memory does not grow with the list. Problems are thrown after the last
    /// byte, every one of them (up to a thousand): the caller writes to a temporary place and
    /// keeps it only when this returns. Returns the control characters removed from values.
    @discardableResult
    public func render(_ data: Value, streaming list: StreamedList, write: (Data) throws -> Void) throws -> [String] {
        try checkFlatForm()
        noteRendered()
        let renderer = makeRenderer()
        try streaming(renderer, list, write) { renderer in
            var context = Context(data)
            renderer.render(nodes, &context)
        }
        if !renderer.errors.isEmpty { throw TemplateError.several(renderer.errors) }
        try write(Data(renderer.output))
        return renderer.droppedCharacters
    }

    /// Fills a template compiled as a package (``Form/package``) once with `data`, as
    /// ``render(_:streaming:write:)`` does, into a packaged ODT (`.odt`) at `url`:
    /// `content.xml` deflated into it as it renders. Problems are thrown once the file is
    /// written: the caller writes to a temporary place. Returns the control characters removed.
    @discardableResult
    public func writePackage(_ data: Value, streaming list: StreamedList, to url: URL) throws -> [String] {
        let program = try packageProgram()
        noteRendered()
        let stream = try PackageStream(url: url, path: path)
        var others: [(name: String, data: Data)] = []
        var errors: [TemplateError] = []
        var dropped: [String] = []
        for part in program.parts where part.name != "content.xml" {
            // A header or footer may walk the list too (a total): whole, in memory, it is small.
            let renderer = fill(part, with: data, list: list)
            errors += renderer.errors
            dropped += renderer.droppedCharacters
            others.append((part.name, Data(renderer.output)))
        }
        var fixed = program.fixed
        if let content = program.parts.first(where: { $0.name == "content.xml" }) {
            let renderer = makeRenderer()
            try streaming(renderer, list, { try stream.write($0) }) { renderer in
                var context = Context(data)
                renderer.render(content.nodes, &context)
            }
            errors += renderer.errors
            dropped += renderer.droppedCharacters
            try stream.write(Data(renderer.output))
        } else if let index = fixed.firstIndex(where: { $0.name == "content.xml" }) {
            try stream.write(fixed.remove(at: index).data)
        }
        try stream.finish(parts: others + fixed, pictures: program.pictures, version: program.version)
        if !errors.isEmpty { throw TemplateError.several(errors) }
        return dropped
    }

    /// Runs `body` with `renderer` walking `list` and handing its bytes to `write` a megabyte at
    /// a time; the first error of `write` stops the walk and is thrown.
    private func streaming(_ renderer: Renderer, _ list: StreamedList, _ write: (Data) throws -> Void,
                           _ body: (Renderer) -> Void) throws {
        var failure: Error?
        withoutActuallyEscaping(write) { write in
            renderer.streamed = list
            renderer.sink = { bytes in
                do {
                    try write(Data(bytes))
                } catch {
                    failure = error
                }
                bytes.removeAll(keepingCapacity: true)
                return failure == nil
            }
            body(renderer)
            renderer.sink = nil
            renderer.streamed = nil
        }
        if let failure { throw failure }
    }
}
