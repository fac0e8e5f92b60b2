import Foundation

/// An external program the layout stage runs (pdftotext, qpdf).
enum Tool {
    /// Runs `name` found on `PATH` and returns its standard output as UTF-8.
    static func run(_ name: String, _ arguments: [String], file: URL) throws(FormatError) -> String {
        guard let program = which(name) else {
            throw .unreadable(file: file.relativePath, reason: "thiếu chương trình \(name) để đo trang in")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .unreadable(file: file.relativePath, reason: "không chạy được \(name)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The program `name` on `PATH`.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
