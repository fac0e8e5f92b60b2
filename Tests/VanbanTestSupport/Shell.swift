import Foundation

/// A failed external command.
public struct ShellError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Runs external programs for tests.
public enum Shell {
    public struct Result {
        public let status: Int32
        /// Standard output.
        public let output: String
        /// Standard error.
        public let error: String
    }

    /// The full path of `program` on `PATH`, or `nil`.
    public static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `program` with `arguments`, optionally in `directory` and with `input` on stdin.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], in directory: URL? = nil,
                           input: String? = nil, environment: [String: String] = [:]) throws -> Result {
        guard let executable = program.contains("/") ? program : which(program) else {
            throw ShellError(message: "\(program) is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let errorData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData.data, as: UTF8.self))
    }
}

/// Bytes filled by one thread and read by another after `DispatchGroup.wait()`.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
