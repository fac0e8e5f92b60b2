// A process the register tests start many at once, and kill: it opens a register, then takes
// or issues numbers one by one, printing each number as soon as it is committed.
//
//   vanban-register-worker reserve DATABASE SERIES COUNT PERSON
//   vanban-register-worker issue DATABASE SERIES COUNT FOLDER
//
// DATABASE is a SQLite file path or postgres://…; the series must exist.
import Foundation
import VanbanRegister

let arguments = CommandLine.arguments
guard arguments.count == 6, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: vanban-register-worker reserve|issue DATABASE SERIES COUNT PERSON|FOLDER\n".utf8))
    exit(2)
}
let mode = arguments[1]
let series = arguments[3]
do {
    let register = try await Register.open(try RegisterLocation(parsing: arguments[2]))
    for index in 0..<count {
        switch mode {
        case "reserve":
            let entry = try await register.reserve(series: series, by: arguments[5])
            FileHandle.standardOutput.write(Data("\(entry.number)\n".utf8))
        case "issue":
            let folder = URL(fileURLWithPath: arguments[5])
            let details = DocumentDetails(kind: "QĐ", kindName: "Quyết định", summary: "Văn bản thử \(getpid())-\(index)",
                                          signer: "Nguyễn Văn A", recipients: "Như Điều 3", copies: 2)
            let entry = try await register.issue(series: series, document: details, by: "worker \(getpid())") { number in
                let destination = folder.appendingPathComponent("\(number.symbolForFile).txt")
                let staging = StagedFile.temporaryURL(for: destination)
                // Written in pieces, so a kill can land in the middle of a file.
                let handle = try FileHandle(forWritingTo: {
                    FileManager.default.createFile(atPath: staging.path, contents: nil)
                    return staging
                }())
                defer { try? handle.close() }
                for piece in 0..<16 {
                    try handle.write(contentsOf: Data("\(number.symbol) \(getpid()) \(index) \(piece)\n".utf8))
                }
                return StagedFile(temporary: staging, destination: destination)
            }
            FileHandle.standardOutput.write(Data("\(entry.number)\n".utf8))
        default:
            FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
            exit(2)
        }
    }
    try await register.close()
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
