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

    /// The profile read and the offset parsed.
    func read() throws -> (BlankProfile, BlankProfile.Offset) {
        let value = try DataFile.read(URL(fileURLWithPath: profile))
        let shift = try offset.map { (text) throws(DocumentsError) in try BlankProfile.Offset(parsing: text) } ?? .none
        do {
            return (try BlankProfile(value), shift)
        } catch {
            throw CLIError.inProfile(file: profile, error)
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
        let (profile, offset) = try options.read()
        try write(profile.calibrationSheet(offset: offset), to: options.output(output, suffix: "-can-chinh", extension: "pdf"))
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
        let (profile, offset) = try options.read()
        try write(profile.template(offset: offset), to: options.output(output, suffix: "", extension: "fodt"))
    }
}

/// Writes a `.fodt` to `target`, whole or not at all; through LibreOffice when `target` is a `.pdf`.
private func write(_ document: Data, to target: URL) throws {
    let work = try WorkFolder(in: target.deletingLastPathComponent())
    defer { work.remove() }
    let source = work.file(target.deletingPathExtension().lastPathComponent + ".fodt")
    try AtomicFile.write(document, to: source, durable: false)
    var result = source
    if target.pathExtension.lowercased() == "pdf" {
        result = try OfficeConverter.required(for: .pdf).convert([source], to: .pdf, into: work.url)[0]
    }
    try work.flush()
    try work.publish(result, as: target)
    print(target.relativePath)
}
