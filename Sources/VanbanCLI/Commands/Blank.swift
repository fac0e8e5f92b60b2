import ArgumentParser
import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF

/// `vanban phoi`: printing onto pre-printed blanks (phôi Giấy khen, Bằng khen) from a profile of
/// field positions (``BlankProfile``): the template with an offset, and the calibration sheet.
/// Self-contained: it needs only to be listed in `Vanban`'s subcommands.
struct Blank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phoi",
        abstract: "In lên phôi Giấy khen, Bằng khen: mẫu theo vị trí đo trên phôi, tờ căn chỉnh.",
        discussion: """
            Tệp vị trí (như templates/giay-khen-phoi.vi-tri.yaml) ghi khổ giấy và
            vị trí từng trường (mm từ mép trái, mép trên tờ giấy). Đo phôi, sửa tệp,
            in tờ căn chỉnh áp lên phôi trước đèn; máy in kéo giấy lệch thì thêm
            --lech X,Y (mm, sang phải, xuống dưới).

            Ví dụ:
              vanban phoi thu giay-khen-phoi.vi-tri.yaml -o can-chinh.pdf
              vanban phoi mau giay-khen-phoi.vi-tri.yaml --lech 2,-1.5 -o phoi.fodt
              vanban hang-loat phoi.fodt ds.xlsx --du-lieu-chung qd.yaml --mot-tep
            """,
        subcommands: [BlankSheet.self, BlankTemplate.self],
        aliases: ["blank"]
    )
}

/// Options shared by the two blank subcommands.
struct BlankOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Tệp vị trí các trường trên phôi (.yaml).", valueName: "tep-vi-tri"))
    var profile: String

    @Option(name: [.customLong("lech"), .customLong("offset")],
            help: ArgumentHelp("Dời mọi trường X,Y mm (sang phải, xuống dưới), ví dụ 2,-1.5.", valueName: "x,y"))
    var offset: String?

    /// The profile read and the offset parsed; a Vietnamese message on failure.
    func read() throws -> (BlankProfile, BlankProfile.Offset) {
        let text: String
        do {
            text = try String(contentsOfFile: profile, encoding: .utf8)
        } catch {
            throw BlankFailure("không đọc được tệp vị trí \(profile).")
        }
        var shift = BlankProfile.Offset.none
        if let offset {
            do {
                shift = try BlankProfile.Offset(parsing: offset)
            } catch {
                throw BlankFailure(error.description)
            }
        }
        do {
            return (try BlankProfile(try YAMLReader.read(text, path: profile)), shift)
        } catch let error as DocumentsError {
            throw BlankFailure("\(profile): \(error.description)")
        } catch {
            throw BlankFailure(String(describing: error))
        }
    }

    /// `output`, or `output/NAME-SUFFIX.EXTENSION` after the profile's name.
    func output(_ given: String?, suffix: String, extension: String) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        var name = URL(fileURLWithPath: profile).deletingPathExtension().lastPathComponent
        if name.hasSuffix(".vi-tri") { name = String(name.dropLast(7)) }
        return URL(fileURLWithPath: "output").appendingPathComponent("\(name)\(suffix).\(`extension`)")
    }
}

/// `vanban phoi thu`: the calibration sheet.
struct BlankSheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thu",
        abstract: "In tờ căn chỉnh: thước mm ở bốn mép và một ô ở chỗ mỗi trường.",
        aliases: ["calibrate"]
    )

    @OptionGroup var options: BlankOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Tệp kết quả: .pdf (cần LibreOffice) hoặc .fodt.", valueName: "tep"))
    var output: String?

    func run() throws {
        try BlankFailure.report {
            let (profile, offset) = try options.read()
            try write(profile.calibrationSheet(offset: offset), to: options.output(output, suffix: "-can-chinh", extension: "pdf"))
        }
    }
}

/// `vanban phoi mau`: the template of the fields, with the offset.
struct BlankTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mau",
        abstract: "Tạo mẫu .fodt in lên phôi từ tệp vị trí (dùng với vanban tao, vanban hang-loat).",
        aliases: ["template"]
    )

    @OptionGroup var options: BlankOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Tệp mẫu kết quả (.fodt).", valueName: "tep"))
    var output: String?

    func run() throws {
        try BlankFailure.report {
            let (profile, offset) = try options.read()
            try write(profile.template(offset: offset), to: options.output(output, suffix: "", extension: "fodt"))
        }
    }
}

/// Writes a `.fodt` to `target`, through LibreOffice when `target` is a `.pdf`.
private func write(_ document: Data, to target: URL) throws {
    let manager = FileManager.default
    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    guard target.pathExtension.lowercased() == "pdf" else {
        try document.write(to: target, options: .atomic)
        print(target.relativePath)
        return
    }
    guard let converter = OfficeConverter() else {
        throw BlankFailure("cần LibreOffice (soffice) để in ra PDF; hoặc ghi ra .fodt: -o \(target.deletingPathExtension().lastPathComponent).fodt")
    }
    let work = manager.temporaryDirectory.appendingPathComponent("vanban-phoi-\(UUID().uuidString)")
    try manager.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: work) }
    let source = work.appendingPathComponent(target.deletingPathExtension().lastPathComponent + ".fodt")
    try document.write(to: source)
    let pdf: URL
    do {
        pdf = try converter.convert([source], to: .pdf, into: work)[0]
    } catch {
        throw BlankFailure(error.description)
    }
    if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
    try manager.moveItem(at: pdf, to: target)
    print(target.relativePath)
}

/// A failure of `vanban phoi`, printed as `Lỗi: …` before exiting with code 1.
struct BlankFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Runs `body`; a failure is printed in Vietnamese and becomes exit code 1.
    static func report(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as BlankFailure {
            FileHandle.standardError.write(Data("Lỗi: \(error.description)\n".utf8))
            throw ExitCode.failure
        } catch let error as CocoaError {
            FileHandle.standardError.write(Data("Lỗi: không ghi được tệp (\(error.localizedDescription)).\n".utf8))
            throw ExitCode.failure
        }
    }
}
