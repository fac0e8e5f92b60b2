import ArgumentParser
import Foundation
import VanbanRules

/// `vanban chuyen-ma TEP`: legacy-font Vietnamese to Unicode.
struct ConvertLegacy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chuyen-ma",
        abstract: "Chuyển chữ gõ bằng phông cũ (TCVN3/.VnTime, VNI) sang Unicode.",
        discussion: """
            Đọc tệp văn bản (UTF-8, hoặc tệp 8 bit kiểu cũ), nhận ra từng dòng gõ bằng
            phông TCVN3 (ABC, .VnTime) hay VNI-Windows và in ra bản Unicode dựng sẵn.
            Dòng đã là Unicode được giữ nguyên. Không có tệp, hoặc tệp là "-": đọc đầu
            vào.

            Ví dụ:
              vanban chuyen-ma danh-sach-cu.txt > danh-sach.txt
              echo "Céng hoµ x· héi chñ nghÜa ViÖt Nam" | vanban chuyen-ma
            """,
        aliases: ["convert"]
    )

    @Option(name: [.customLong("tu"), .customLong("from")], help: ArgumentHelp("Bảng mã nguồn: TCVN3 hoặc VNI (mặc định: tự nhận ra).", valueName: "bang-ma"))
    var from: String?

    @Argument(help: ArgumentHelp("Tệp cần chuyển.", valueName: "tep"))
    var file: String?

    func run() throws {
        let data: Data
        if let file, file != "-" {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CLIError.fileNotFound(file: file)
            }
            guard let read = FileManager.default.contents(atPath: file) else {
                throw CLIError.unreadable(file: file)
            }
            data = read
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var forced: LegacyEncoding?
        if let from {
            switch from.lowercased() {
            case "tcvn3", "abc", "vntime": forced = .tcvn3
            case "vni", "vni-windows": forced = .vni
            default: throw RulesError.unknownValue(from, field: "bảng mã", known: ["TCVN3", "VNI"])
            }
        }
        // A legacy file saved as 8-bit text: its bytes are the font's codes, read as Latin-1.
        let text = String(data: data, encoding: .utf8) ?? String(decoding: data.map { UInt16($0) }, as: UTF16.self)
        var counts: [LegacyEncoding: Int] = [:]
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line)
            if let encoding = forced ?? LegacyText.detect(line) {
                counts[encoding, default: 0] += 1
                lines.append(LegacyText.decode(line, from: encoding))
            } else {
                lines.append(line.precomposedStringWithCanonicalMapping)
            }
        }
        var output = lines.joined(separator: "\n")
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
        for (encoding, count) in counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            Output.error("Đã chuyển \(count) dòng từ \(encoding.rawValue) sang Unicode.")
        }
    }
}
