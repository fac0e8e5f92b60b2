import Foundation

/// Cuts one PDF into a file per record with qpdf (Debian: `qpdf`): where each record starts is
/// read from the PDF's named destinations (LibreOffice exports a document's bookmarks as such,
/// ``OfficeConverter/convert(_:to:into:destinations:progress:)``).
///
/// The records that have the same number of pages are cut by one qpdf process
/// (`--split-pages=n` over their pages), so a batch costs a process per page count, not per record.
package struct PDFSplitter: Sendable {
    /// The `qpdf` program.
    package let program: URL

    /// Finds `qpdf` on `PATH`; `nil` when it is not installed.
    package init?() {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/qpdf" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        program = URL(fileURLWithPath: found)
    }

    /// The PDF's pages, and the page (1-based) each named destination points at.
    package func destinations(of pdf: URL) throws(ODFError) -> (pages: Int, named: [String: Int]) {
        let output = try run(["--json=2", "--json-key=pages", "--json-key=qpdf", pdf.path], about: pdf)
        guard let json = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
            let pages = json["pages"] as? [[String: Any]],
            let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any]
        else { throw .conversionFailed(path: pdf.lastPathComponent, format: "pdf", detail: "qpdf --json") }
        var pageOf: [String: Int] = [:]
        for page in pages {
            if let object = page["object"] as? String, let position = page["pageposfrom1"] as? Int { pageOf[object] = position }
        }
        let reader = ObjectReader(objects: objects)
        var named: [String: Int] = [:]
        func add(_ name: String, _ destination: Any?) {
            var destination = reader.resolve(destination)
            if let dictionary = destination as? [String: Any] { destination = reader.resolve(dictionary["/D"]) }
            guard let array = destination as? [Any], let page = array.first as? String, let number = pageOf[page] else { return }
            named[name] = number
        }
        guard let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any],
            let catalog = reader.resolve(trailer["/Root"]) as? [String: Any]
        else { return (pages.count, named) }
        // PDF 1.1: a dictionary of names; PDF 1.2 on: a name tree.
        if let dests = reader.resolve(catalog["/Dests"]) as? [String: Any] {
            for (key, value) in dests where key.hasPrefix("/") { add(String(key.dropFirst()), value) }
        }
        if let names = reader.resolve(catalog["/Names"]) as? [String: Any] {
            var nodes = [reader.resolve(names["/Dests"])]
            var visited = 0
            while let node = nodes.popLast(), visited < 100_000 {
                visited += 1
                guard let node = node as? [String: Any] else { continue }
                if let kids = reader.resolve(node["/Kids"]) as? [Any] { nodes += kids.map { reader.resolve($0) } }
                if let pairs = reader.resolve(node["/Names"]) as? [Any] {
                    for index in stride(from: 0, to: pairs.count - 1, by: 2) {
                        guard let key = reader.resolve(pairs[index]) as? String else { continue }
                        add(ObjectReader.text(key), pairs[index + 1])
                    }
                }
            }
        }
        return (pages.count, named)
    }

    /// Writes the pages of `pdf` from `starts[i]` to the page before `starts[i + 1]` (the last
    /// to `pages`) to `outputs[i]`. `scratch` is an empty folder for qpdf's outputs. Throws,
    /// naming the record's file (`names[i]`), when an output is not written.
    package func split(_ pdf: URL, starts: [Int], pages: Int, into outputs: [URL], names: [String],
                       scratch: URL) throws(ODFError) {
        guard starts.count == outputs.count, names.count == outputs.count else {
            throw .conversionFailed(path: pdf.lastPathComponent, format: "pdf", detail: "")
        }
        var byLength: [Int: [Int]] = [:]
        for index in starts.indices {
            let end = index + 1 < starts.count ? starts[index + 1] : pages + 1
            byLength[end - starts[index], default: []].append(index)
        }
        for (length, records) in byLength.sorted(by: { $0.key < $1.key }) {
            guard length > 0 else { throw .recordPagesNotFound(file: names[records[0]]) }
            // Consecutive records make one range of pages.
            var ranges: [(Int, Int)] = []
            for index in records {
                let first = starts[index], last = starts[index] + length - 1
                if let previous = ranges.last, previous.1 + 1 == first {
                    ranges[ranges.count - 1].1 = last
                } else {
                    ranges.append((first, last))
                }
            }
            let list = ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)-\($0.1)" }.joined(separator: ",")
            let folder = scratch.appendingPathComponent("\(length)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: scratch.relativePath, reason: SystemReason.describe(error))
            }
            _ = try run([pdf.path, "--pages", pdf.path, list, "--", "--split-pages=\(length)",
                         folder.appendingPathComponent("%d.pdf").path], about: pdf)
            // qpdf names each part by its pages, zero-padded to the digits of the page count.
            let digits = String(records.count * length).count
            func padded(_ number: Int) -> String {
                let text = String(number)
                return String(repeating: "0", count: max(0, digits - text.count)) + text
            }
            for (position, index) in records.enumerated() {
                let first = position * length + 1
                let name = length == 1 ? padded(first) : "\(padded(first))-\(padded(first + length - 1))"
                let part = folder.appendingPathComponent(name + ".pdf")
                if rename(part.path, outputs[index].path) != 0 {
                    throw .recordPagesNotFound(file: names[index])
                }
            }
        }
    }

    /// Runs qpdf with `arguments`; its standard output. Exit 3 is success with warnings.
    private func run(_ arguments: [String], about pdf: URL) throws(ODFError) -> Data {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .cannotWrite(path: pdf.relativePath, reason: "không chạy được qpdf (\(program.path))")
        }
        // Standard error is read on another thread, so that neither pipe fills while the other is read.
        let collected = CollectedOutput(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = collected.wait()
        guard process.terminationStatus == 0 || process.terminationStatus == 3 else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw .conversionFailed(path: pdf.lastPathComponent, format: "pdf", detail: detail)
        }
        return data
    }
}

/// Follows qpdf's JSON objects (`"7 0 R"` refers to `"obj:7 0 R"`).
private struct ObjectReader {
    let objects: [String: Any]

    /// The value, with an indirect reference replaced by the object it names.
    func resolve(_ value: Any?) -> Any? {
        var value = value
        for _ in 0..<32 {
            guard let reference = value as? String, reference.hasSuffix(" R"),
                let object = objects["obj:" + reference] as? [String: Any]
            else { return value }
            value = object["value"]
        }
        return value
    }

    /// A PDF string in qpdf's JSON (`u:` text, `b:` hex bytes) as text.
    static func text(_ string: String) -> String {
        if string.hasPrefix("u:") { return String(string.dropFirst(2)) }
        if string.hasPrefix("b:") {
            var bytes: [UInt8] = []
            var hex = Substring(string.dropFirst(2))
            while hex.count >= 2, let byte = UInt8(hex.prefix(2), radix: 16) {
                bytes.append(byte)
                hex = hex.dropFirst(2)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return string
    }
}
