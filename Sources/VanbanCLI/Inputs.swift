import ArgumentParser
import Foundation

/// The values a small command works on: its arguments, or with none, one value per line of
/// standard input (so `cat so-tien.txt | vanban doc-so` works).
enum Inputs {
    static func values(_ arguments: [String]) -> [String] {
        if !arguments.isEmpty { return arguments }
        var lines: [String] = []
        while let line = readLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
        }
        return lines
    }

    /// Runs `body` on each value, printing its result; a failure is printed as `Lỗi: …` on
    /// standard error and the others go on. Exit code 1 when any failed.
    static func each(_ values: [String], _ body: (String) throws -> String) throws {
        var failed = 0
        for value in values {
            do {
                print(try body(value))
            } catch {
                failed += 1
                Output.error("Lỗi: \(error)")
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
