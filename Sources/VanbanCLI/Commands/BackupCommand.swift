import ArgumentParser
import Foundation
import VanbanServer

/// `vanban sao-luu`: a consistent copy of the web page's data and the register, taken while
/// the web page runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sao-luu",
        abstract: "Sao lưu dữ liệu trang web (tài khoản, mẫu, các việc) và sổ văn bản đi vào một thư mục mới.",
        discussion: """
            Chép cơ sở dữ liệu của trang web và sổ văn bản đi (SQLite) bằng cách sao
            lưu trực tuyến của SQLite: không cần dừng trang web, bản sao luôn trọn vẹn.
            Sau đó chép các mẫu đã tải lên (mau/) và tệp của các việc (viec/).
            THU_MUC phải chưa có hoặc trống; lỗi giữa chừng thì không để lại gì.

            Sổ văn bản đi trên PostgreSQL thì sao lưu bằng pg_dump (xem README).

            Ví dụ:
              vanban sao-luu /srv/sao-luu/2026-01-15 --thu-muc-du-lieu /var/lib/vanban
              vanban sao-luu sao-luu-hom-nay --csdl du-lieu/so-di.sqlite
            """,
        aliases: ["backup"]
    )

    @Argument(help: ArgumentHelp("Thư mục chứa bản sao lưu (chưa có hoặc trống).", valueName: "thu-muc"))
    var target: String

    @Option(name: [.customLong("thu-muc-du-lieu"), .customLong("data")],
            help: ArgumentHelp("Thư mục dữ liệu của trang web (như vanban phuc-vu).", valueName: "thu-muc"))
    var dataFolder = "vanban-du-lieu"

    @Option(name: [.customLong("csdl"), .customLong("database")],
            help: ArgumentHelp("Tệp SQLite của sổ văn bản đi (mặc định: biến VANBAN_CSDL, hoặc so-di.sqlite trong thư mục dữ liệu nếu có).",
                               valueName: "tep"))
    var register: String?

    func run() throws {
        let data = URL(fileURLWithPath: dataFolder, isDirectory: true)
        let registerFile = try RegisterFile.chosen(register, dataFolder: data)
        do {
            let manifest = try Backup.write(dataFolder: data, register: registerFile, into: URL(fileURLWithPath: target, isDirectory: true))
            print(target)
            Output.error("Đã sao lưu \(manifest.jobs) việc, \(manifest.templates) phiên bản mẫu"
                + (registerFile.map { " và sổ văn bản đi \($0.path)" } ?? " (không có sổ văn bản đi SQLite)") + " vào \(target).")
        } catch {
            Output.error("Lỗi: \(error.description)")
            throw ExitCode.failure
        }
    }
}

/// The register file a backup or a restore takes: `--csdl`, else `VANBAN_CSDL`, else
/// `so-di.sqlite` in the data folder. A PostgreSQL register is not a file: pg_dump backs it up.
enum RegisterFile {
    static func chosen(_ option: String?, dataFolder: URL, mustExist: Bool = true) throws -> URL? {
        if let text = option ?? ProcessInfo.processInfo.environment["VANBAN_CSDL"].flatMap({ $0.isEmpty ? nil : $0 }) {
            if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
                if option != nil {
                    throw ValidationError("sổ văn bản đi trên PostgreSQL không sao lưu bằng vanban: dùng pg_dump (xem README, mục Sao lưu).")
                }
                Output.warning("sổ văn bản đi trên PostgreSQL (VANBAN_CSDL) không nằm trong bản sao lưu này: sao lưu nó bằng pg_dump (xem README).")
                return nil
            }
            return URL(fileURLWithPath: text)
        }
        let inData = dataFolder.appendingPathComponent("so-di.sqlite")
        return !mustExist || FileManager.default.fileExists(atPath: inData.path) ? inData : nil
    }
}
