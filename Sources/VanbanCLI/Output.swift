import Foundation

/// Where the commands write: results on standard output, problems and warnings on standard error.
enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func warning(_ message: String) {
        error("Cảnh báo: \(message)")
    }
}
