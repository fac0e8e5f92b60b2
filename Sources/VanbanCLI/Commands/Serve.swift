import ArgumentParser
import Foundation
import VanbanServer

/// `vanban phuc-vu`: the office web page, where clerks make every document from a browser.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phuc-vu",
        abstract: "Mở trang web soạn văn bản cho cả cơ quan (mặc định chỉ máy này: http://127.0.0.1:8080).",
        discussion: """
            Trang web làm mọi việc của vanban từ trình duyệt: chọn mẫu, điền biểu
            mẫu, tải danh sách Excel, kiểm tra, xem trước, tạo PDF/ODT/DOCX hoặc .zip,
            xem lịch sử. Dữ liệu (tài khoản, mẫu của đơn vị, các việc đã làm) nằm
            trong thư mục --thu-muc-du-lieu.

            Nghe ở địa chỉ khác 127.0.0.1 (cho các máy trong mạng cơ quan) thì phải
            có tài khoản quản trị trước, và mọi trang đều cần đăng nhập.

            Tùy chọn không ghi trên dòng lệnh thì lấy từ biến môi trường VANBAN_DIA_CHI,
            VANBAN_CONG, VANBAN_GIU_NGAY, VANBAN_SO_VIEC, VANBAN_HTTPS (máy cài gói .deb:
            tệp /etc/vanban/vanban.conf của dịch vụ vanban.service).

            Ví dụ:
              vanban phuc-vu
              vanban phuc-vu --tao-quan-tri admin
              vanban phuc-vu --dia-chi 0.0.0.0 --cong 8080 --thu-muc-du-lieu /srv/vanban
            """,
        aliases: ["serve"]
    )

    @Option(name: [.customLong("dia-chi"), .customLong("host")], help: ArgumentHelp("Địa chỉ nghe (mặc định 127.0.0.1); 0.0.0.0: cả mạng.", valueName: "dia-chi"))
    var host: String?

    @Option(name: [.customLong("cong"), .customLong("port")], help: ArgumentHelp("Cổng (mặc định 8080).", valueName: "cong"))
    var port: Int?

    @Option(name: [.customLong("thu-muc-du-lieu"), .customLong("data")], help: ArgumentHelp("Thư mục dữ liệu.", valueName: "thu-muc"))
    var dataFolder = "vanban-du-lieu"

    @Option(name: [.customLong("giu-ngay"), .customLong("keep-days")], help: ArgumentHelp("Giữ mỗi việc (dữ liệu và kết quả) bao nhiêu ngày (mặc định 30).", valueName: "so-ngay"))
    var keepDays: Int?

    @Option(name: [.customLong("so-viec-cung-luc"), .customLong("workers")], help: ArgumentHelp("Số việc chạy cùng lúc (mặc định: số nhân CPU).", valueName: "so"))
    var workers: Int?

    @Option(name: [.customLong("tai-len-toi-da"), .customLong("upload-limit")], help: ArgumentHelp("Dung lượng tối đa một lần gửi lên, MB.", valueName: "mb"))
    var uploadMB = 20

    @Flag(name: [.customLong("https")], help: "Trang được mở qua HTTPS (máy chủ đứng sau proxy TLS): cookie phiên chỉ gửi qua HTTPS.")
    var https = false

    @Option(name: [.customLong("tao-quan-tri"), .customLong("create-admin")],
            help: ArgumentHelp("Tạo tài khoản quản trị tên này rồi thoát. Mật khẩu hỏi ở cửa sổ lệnh (hoặc biến VANBAN_MAT_KHAU).", valueName: "ten"))
    var createAdministrator: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let host = self.host ?? environment["VANBAN_DIA_CHI"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let port = try self.port ?? Self.number("VANBAN_CONG", in: environment) ?? 8080
        let keepDays = try self.keepDays ?? Self.number("VANBAN_GIU_NGAY", in: environment) ?? 30
        let workers = try self.workers ?? Self.number("VANBAN_SO_VIEC", in: environment) ?? ProcessInfo.processInfo.activeProcessorCount
        let https = self.https || ["1", "true", "co", "có"].contains(environment["VANBAN_HTTPS"]?.lowercased() ?? "")
        let settings = ServerSettings(host: host, port: port, dataFolder: URL(fileURLWithPath: dataFolder, isDirectory: true),
                                      builtInTemplates: BuiltInTemplates.folder, keepDays: keepDays, workers: workers,
                                      uploadLimit: uploadMB * 1_048_576, secureCookies: https)
        do {
            if let name = createAdministrator {
                try WebApplication.createAdministrator(settings, name: name, password: try password())
                FileHandle.standardError.write(Data("Đã tạo tài khoản quản trị \"\(name)\" trong \(dataFolder).\n".utf8))
                return
            }
            try WebApplication.run(settings) {
                FileHandle.standardError.write(Data("vanban: trang web ở http://\(host):\(port)/ (thư mục dữ liệu \(dataFolder)). Ctrl-C để dừng.\n".utf8))
            }
        } catch let error as ServerError {
            FileHandle.standardError.write(Data("Lỗi: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// A whole number from the environment variable `name`; unset or empty: `nil`.
    private static func number(_ name: String, in environment: [String: String]) throws -> Int? {
        guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw CLIError.badSetting(variable: name, value: text)
        }
        return value
    }

    /// The new administrator's password: `VANBAN_MAT_KHAU`, else asked twice on the terminal.
    private func password() throws -> String {
        if let given = ProcessInfo.processInfo.environment["VANBAN_MAT_KHAU"] { return given }
        guard let first = getpass("Mật khẩu: ").map({ String(cString: $0) }),
            let second = getpass("Nhập lại mật khẩu: ").map({ String(cString: $0) })
        else { throw ExitCode.failure }
        guard first == second else {
            FileHandle.standardError.write(Data("Lỗi: hai lần nhập mật khẩu không khớp.\n".utf8))
            throw ExitCode.failure
        }
        return first
    }
}
