import Foundation
import Testing
import VanbanTestSupport

/// Runs the built `vanban` binary, as a clerk or a script would.
enum Vanban {
    /// The `vanban` executable beside the test bundle (SwiftPM builds it for this test target).
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("vanban")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("vanban")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    environment: [String: String] = [:]) throws -> Shell.Result {
        try Shell.run(executable.path, arguments, in: directory, input: input, environment: environment)
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }
}
