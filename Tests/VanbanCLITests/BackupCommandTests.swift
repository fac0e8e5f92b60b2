import Foundation
import Testing
import VanbanTestSupport

/// `vanban sao-luu` and `vanban khoi-phuc`, run as an office's IT person runs them: the web
/// page's data folder and its SQLite register, copied and put back into a new folder.
@Suite struct BackupCommandTests {
    @Test func backupAndRestoreKeepTheAccountsAndTheRegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("du-lieu").path
        let clock = ["VANBAN_BAY_GIO": "2026-03-02T09:00:00+07:00", "VANBAN_MAT_KHAU": "mat-khau-dai"]
        let admin = try Vanban.run(["phuc-vu", "--thu-muc-du-lieu", data, "--tao-quan-tri", "quan.tri"], in: folder.url, environment: clock)
        #expect(admin.status == 0, "\(admin.error)")
        func register(_ arguments: [String], in data: String) throws -> Shell.Result {
            try Vanban.run(["so-di"] + arguments + ["--csdl", data + "/so-di.sqlite"], in: folder.url, environment: clock)
        }
        #expect(try register(["chuoi", "chung", "--mau", "{so}/{loai}-{co_quan}", "--co-quan", "SYT"], in: data).status == 0)
        #expect(try register(["lay", "chung", "--so-luong", "3", "--nguoi", "Trần Thị Bình"], in: data).status == 0)
        #expect(try register(["huy", "chung", "2", "--ly-do", "Lấy nhầm"], in: data).status == 0)
        let listed = try register(["xem", "chung"], in: data)
        #expect(listed.output.split(separator: "\n").count == 3, "\(listed.output)")

        let backup = try Vanban.run(["sao-luu", "sao-luu", "--thu-muc-du-lieu", data], in: folder.url)
        #expect(backup.status == 0, "\(backup.error)")
        #expect(backup.output == "sao-luu\n")
        #expect(backup.error == "Đã sao lưu 0 việc, 0 phiên bản mẫu và sổ văn bản đi \(data)/so-di.sqlite vào sao-luu.\n")
        #expect(try folder.contents(of: "sao-luu") == ["mau", "sao-luu.json", "so-di.sqlite", "vanban.sqlite", "viec"])

        let restored = folder.file("du-lieu-moi").path
        let restore = try Vanban.run(["khoi-phuc", "sao-luu", "--thu-muc-du-lieu", restored], in: folder.url)
        #expect(restore.status == 0, "\(restore.error)")
        #expect(restore.output == "\(restored)\n")
        #expect(try register(["xem", "chung"], in: restored).output == listed.output)
        // The account came back: making it again is refused as taken.
        let again = try Vanban.run(["phuc-vu", "--thu-muc-du-lieu", restored, "--tao-quan-tri", "quan.tri"], in: folder.url, environment: clock)
        #expect(again.status == 1)
        #expect(again.error.contains("Tên tài khoản \"quan.tri\" không dùng được: đã có"), "\(again.error)")

        // Never over data: the restore and the backup are refused, and nothing is changed.
        let over = try Vanban.run(["khoi-phuc", "sao-luu", "--thu-muc-du-lieu", restored], in: folder.url)
        #expect(over.status == 1)
        #expect(over.error == "Lỗi: \(restored): đã có dữ liệu, chỉ khôi phục vào nơi trống. "
            + "Hãy dừng trang web, dời thư mục (hoặc tệp) này đi chỗ khác, rồi chạy lại.\n")
        let overBackup = try Vanban.run(["sao-luu", "sao-luu", "--thu-muc-du-lieu", data], in: folder.url)
        #expect(overBackup.status == 1)
        #expect(overBackup.error == "Lỗi: \(folder.file("sao-luu").path): thư mục đã có tệp, không sao lưu đè lên được. "
            + "Hãy chọn một thư mục mới hoặc trống.\n")
        #expect(try folder.contents() == ["du-lieu", "du-lieu-moi", "sao-luu"])
        let notBackup = try Vanban.run(["khoi-phuc", data, "--thu-muc-du-lieu", folder.file("khac").path], in: folder.url)
        #expect(notBackup.error == "Lỗi: \(data): không phải bản sao lưu của vanban (thiếu sao-luu.json hoặc vanban.sqlite). "
            + "Hãy chỉ thư mục do \"vanban sao-luu\" tạo ra.\n")
    }

    /// The service's settings come from /etc/vanban/vanban.conf as environment variables: a
    /// value that is not a number is refused naming the variable and the file, before any folder is made.
    @Test func aBadSettingInTheEnvironmentIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try Vanban.run(["phuc-vu", "--thu-muc-du-lieu", folder.file("du-lieu").path], in: folder.url,
                                 environment: ["VANBAN_CONG": "tám"])
        #expect(run.status == 1)
        #expect(run.error == "Lỗi: biến VANBAN_CONG=\"tám\" phải là một số nguyên không âm. "
            + "Máy cài gói .deb: sửa /etc/vanban/vanban.conf rồi chạy lại dịch vụ (systemctl restart vanban).\n")
        #expect(try folder.contents().isEmpty)
    }
}
