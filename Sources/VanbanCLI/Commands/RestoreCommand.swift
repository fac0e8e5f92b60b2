import ArgumentParser
import Foundation
import VanbanServer

/// `vanban khoi-phuc`: puts a backup back into an empty data folder.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khoi-phuc",
        abstract: "Khôi phục một bản sao lưu (vanban sao-luu) vào thư mục dữ liệu trống.",
        discussion: """
            Chép cơ sở dữ liệu, các mẫu và các việc vào --thu-muc-du-lieu, thư mục
            phải chưa có hoặc trống (không bao giờ ghi đè dữ liệu đang có); sổ văn
            bản đi (nếu bản sao lưu có) vào --csdl, hoặc so-di.sqlite trong thư mục
            dữ liệu. Cơ sở dữ liệu được nâng lên lược đồ của phiên bản này.

            Máy cài gói .deb: dừng dịch vụ, dời /var/lib/vanban đi, khôi phục, trả
            quyền cho người dùng vanban, rồi chạy lại dịch vụ (xem README).

            Ví dụ:
              vanban khoi-phuc /srv/sao-luu/2026-01-15 --thu-muc-du-lieu /var/lib/vanban
            """,
        aliases: ["restore"]
    )

    @Argument(help: ArgumentHelp("Thư mục do vanban sao-luu tạo ra.", valueName: "thu-muc"))
    var source: String

    @Option(name: [.customLong("thu-muc-du-lieu"), .customLong("data")],
            help: ArgumentHelp("Thư mục dữ liệu mới (chưa có hoặc trống).", valueName: "thu-muc"))
    var dataFolder = "vanban-du-lieu"

    @Option(name: [.customLong("csdl"), .customLong("database")],
            help: ArgumentHelp("Nơi đặt tệp sổ văn bản đi (chưa có; mặc định: biến VANBAN_CSDL, hoặc so-di.sqlite trong thư mục dữ liệu).",
                               valueName: "tep"))
    var register: String?

    func run() throws {
        let data = URL(fileURLWithPath: dataFolder, isDirectory: true)
        let registerFile = try RegisterFile.chosen(register, dataFolder: data, mustExist: false)
        do {
            let manifest = try Backup.restore(from: URL(fileURLWithPath: source, isDirectory: true), into: data, register: registerFile)
            print(dataFolder)
            Output.error("Đã khôi phục \(manifest.jobs) việc, \(manifest.templates) phiên bản mẫu"
                + (manifest.register ? " và sổ văn bản đi (\((registerFile ?? data.appendingPathComponent("so-di.sqlite")).path))" : "")
                + " từ bản sao lưu của \(manifest.vanban), lúc \(ISO8601DateFormatter().string(from: manifest.taken)).")
        } catch {
            Output.error("Lỗi: \(error.description)")
            throw ExitCode.failure
        }
    }
}
