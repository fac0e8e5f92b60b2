import Foundation

/// Converts Flat ODT documents with headless LibreOffice (`soffice`): PDF for printing, DOCX
/// for offices that ask for Word.
///
/// LibreOffice drops command-line arguments past about the 254th and exits 0 even when a
/// conversion fails, so files go in calls of at most ``filesPerCall``, every output is
/// checked, and calls run on up to one LibreOffice process per core, each with a profile
/// folder of its own.
public struct OfficeConverter: Sendable {
    /// The most files one LibreOffice call is given.
    public static let filesPerCall = 200

    /// The `soffice` program.
    public let program: URL
    /// How many LibreOffice processes may run at once.
    public let processes: Int
    /// PDF/A-2b (archival, for the electronic copy that is signed digitally) instead of plain PDF.
    public var archival = false

    /// Finds `soffice` on `PATH`; `nil` when LibreOffice is not installed.
    public init?(processes: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/soffice" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        program = URL(fileURLWithPath: found)
        self.processes = max(1, processes)
    }

    /// Finds LibreOffice, or throws the error that says how to install it.
    public static func required(for format: OutputFormat) throws(ODFError) -> OfficeConverter {
        guard let converter = OfficeConverter() else { throw .officeMissing(format: format) }
        return converter
    }

    /// Converts `files` into `folder` (outputs named like the inputs, with the format's
    /// extension) and returns the outputs in the same order. `progress` hears how many are
    /// done after each call. Throws when LibreOffice leaves any output unwritten.
    /// `destinations`: a PDF's bookmarks become its named destinations (``PDFSplitter``).
    /// `finished` is given each call's outputs (with their inputs' indices) as soon as that
    /// call is done, on its thread, while other calls still run; its failure stops the batch.
    ///
    /// The files are shared evenly between the processes, in calls of at most ``filesPerCall``.
    public func convert(_ files: [URL], to format: OutputFormat, into folder: URL, destinations: Bool = false,
                        progress: @escaping @Sendable (Int) -> Void = { _ in },
                        finished: (@Sendable (_ outputs: [(index: Int, url: URL)]) throws(ODFError) -> Void)? = nil)
        throws(ODFError) -> [URL]
    {
        guard format.needsOffice else { throw .needsOffice(path: files.first?.relativePath ?? "", format: format) }
        guard !files.isEmpty else { return [] }
        let perCall = min(Self.filesPerCall, (files.count + processes - 1) / processes)
        let calls = stride(from: 0, to: files.count, by: perCall).map {
            Array(files.indices[$0..<min($0 + perCall, files.count)])
        }
        let failures = Failures()
        let queue = DispatchQueue(label: "vanban.office", attributes: .concurrent)
        let slots = DispatchSemaphore(value: processes)
        let group = DispatchGroup()
        for call in calls {
            slots.wait()
            if failures.first != nil {
                slots.signal()
                break
            }
            queue.async(group: group) {
                defer { slots.signal() }
                do throws(ODFError) {
                    // Each output goes to `finished` as soon as it is complete, while the call goes on.
                    var ready: ((Int) throws(ODFError) -> Void)?
                    if let finished {
                        ready = { (position: Int) throws(ODFError) -> Void in
                            let index = call[position]
                            try finished([(index, Self.output(of: files[index], fileExtension: format.fileExtension, in: folder))])
                        }
                    }
                    try self.run(call.map { files[$0] }, to: format, into: folder, destinations: destinations, ready: ready)
                    progress(failures.addDone(call.count))
                } catch {
                    failures.record(error)
                }
            }
        }
        group.wait()
        if let failure = failures.first { throw failure }
        return files.map { Self.output(of: $0, fileExtension: format.fileExtension, in: folder) }
    }

    /// A file a clerk has in an old binary format, made readable: an Excel 97–2003 list
    /// (`.xls`) as `.xlsx`, a Word 97–2003 template (`.doc`) as `.odt`, written into `folder`.
    public func convertForReading(_ file: URL, into folder: URL) throws(ODFError) -> URL {
        let (filter, fileExtension) = file.pathExtension.lowercased() == "doc" ? ("odt", "odt") : ("xlsx:Calc MS Excel 2007 XML", "xlsx")
        try run([file], filter: filter, fileExtension: fileExtension, into: folder)
        return Self.output(of: file, fileExtension: fileExtension, in: folder)
    }

    /// One LibreOffice process for `files`, with a profile folder of its own.
    private func run(_ files: [URL], to format: OutputFormat, into folder: URL, destinations: Bool,
                     ready: ((Int) throws(ODFError) -> Void)?) throws(ODFError) {
        var options: [String] = []
        if archival { options.append(#""SelectPdfVersion":{"type":"long","value":"2"}"#) }
        if destinations { options.append(#""ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}"#) }
        let pdf = options.isEmpty ? "pdf" : "pdf:writer_pdf_Export:{" + options.joined(separator: ",") + "}"
        try run(files, filter: format == .docx ? "docx:MS Word 2007 XML" : pdf, fileExtension: format.fileExtension, into: folder,
                ready: ready)
    }

    /// One LibreOffice process for `files`; `ready` is told each output (by its place in
    /// `files`, in order) once it is complete: LibreOffice converts the files in turn, so an
    /// output is complete when the next one appears, and the last when the process ends.
    private func run(_ files: [URL], filter: String, fileExtension: String, into folder: URL,
                     ready: ((Int) throws(ODFError) -> Void)? = nil) throws(ODFError) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-lo-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--nolockcheck",
                             "--convert-to", filter, "--outdir", folder.path] + files.map(\.path)
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw .cannotWrite(path: folder.relativePath, reason: "không chạy được LibreOffice (\(program.path))")
        }
        let collected = CollectedOutput(log.fileHandleForReading)
        let outputs = files.map { Self.output(of: $0, fileExtension: fileExtension, in: folder) }
        var next = 0
        var failure: ODFError?
        if let ready {
            while process.isRunning {
                while failure == nil, next + 1 < outputs.count, FileManager.default.fileExists(atPath: outputs[next + 1].path),
                    FileManager.default.fileExists(atPath: outputs[next].path)
                {
                    do throws(ODFError) {
                        try ready(next)
                    } catch {
                        failure = error
                    }
                    next += 1
                }
                usleep(20_000)
            }
        }
        process.waitUntilExit()
        let output = collected.wait()
        if let failure { throw failure }
        // The outputs handed to `ready` were there (and may be gone since): the others are checked.
        for file in files[next...] {
            let converted = Self.output(of: file, fileExtension: fileExtension, in: folder)
            if !FileManager.default.fileExists(atPath: converted.path) {
                let detail = String(decoding: output, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
                throw .conversionFailed(path: file.lastPathComponent, format: fileExtension, detail: detail)
            }
        }
        if let ready {
            for position in next..<files.count { try ready(position) }
        }
    }

    /// Where LibreOffice writes the conversion of `file`: its name with the new extension, in `folder`.
    private static func output(of file: URL, fileExtension: String, in folder: URL) -> URL {
        folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent).appendingPathExtension(fileExtension)
    }
}

/// The first failure of concurrent calls, and how many files are done.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: ODFError?
    private var done = 0

    var first: ODFError? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    func record(_ error: ODFError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    func addDone(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += count
        return done
    }
}
