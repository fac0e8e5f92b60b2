import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanServer

/// `vanban sao-luu` / `khoi-phuc`: a backup taken while a job runs holds every account, template
/// and job; it is restored into an empty data folder only.
@Suite struct BackupTests {
    /// What a data folder's database holds, to compare two of them.
    struct Contents: Equatable {
        var accounts: [String]
        var templates: [String]
        var jobs: [String]

        init(_ store: Store) throws {
            accounts = try store.accounts().map { "\($0.name) \($0.role.rawValue)" }.sorted()
            templates = try store.storedTemplates().flatMap { template in
                try store.templateVersions(id: template.id).map { "\(template.name) v\($0.version) \($0.storedName)" }
            }.sorted()
            jobs = try store.jobs(limit: 1000).map { "\($0.id) \($0.templateKey) \($0.account) \($0.records)" }.sorted()
        }
    }

    @Test func backupWhileAJobRunsIsRestoredWithEveryAccountTemplateAndJob() async throws {
        let site = try TestSite(accounts: [("quan.tri", "mat-khau-dai", .administrator), ("van.thu", "mat-khau-dai", .clerk)],
                                onDisk: true)
        let target = try TemporaryFolder()
        defer { target.remove() }
        let backup = target.file("sao-luu"), restored = target.file("du-lieu-moi")
        try await site.test { browser in
            _ = try await browser.get("/dang-nhap")
            #expect(try await browser.post("/dang-nhap", fields: ["ten": "quan.tri", "mat_khau": "mat-khau-dai"]).location == "/soan")
            _ = try await browser.get("/mau")
            #expect(try await browser.post("/mau", fields: ["ten_mau": "Thư mời"],
                                           files: ["tep_mau": ("thu-moi.fodt", Fixtures.template("Kính gửi {{ho_ten}}"))]).status == .ok)
            // A small job, finished; then a large one, running while the backup is taken.
            let small = try await job(browser, site, records: 2)
            _ = try await browser.post("/viec/\(small.uuidString.lowercased())/tao", fields: ["dinh_dang": "fodt", "dong_goi": "mot-tep"])
            #expect(try await site.waitForJob(small)?.state == .finished)
            let large = try await job(browser, site, records: 2000)
            _ = try await browser.post("/viec/\(large.uuidString.lowercased())/tao", fields: ["dinh_dang": "fodt", "dong_goi": "zip"])
            var waited = 0
            while try site.backend.store.job(id: large)?.state != .running, waited < 10_000 {
                try await Task.sleep(for: .milliseconds(1))
                waited += 1
            }
            let manifest = try Backup.write(dataFolder: site.backend.settings.dataFolder, register: nil, into: backup,
                                            now: site.clock.now)
            #expect(manifest.jobs == 2 && manifest.templates == 1 && !manifest.register)
            // The job's writes waited for the backup's read lock: it still finishes.
            #expect(try await site.waitForJob(large)?.state == .finished)

            let snapshot = try Store(url: backup.appendingPathComponent("vanban.sqlite"))
            #expect(try snapshot.job(id: large)?.state == .running)
            #expect(try snapshot.job(id: small)?.state == .finished)

            try Backup.restore(from: backup, into: restored)
            let settings = ServerSettings(dataFolder: restored, builtInTemplates: TestSite.templates, workers: 1)
            let again = try Backend(settings: settings)
            #expect(try Contents(again.store) == Contents(snapshot))
            #expect(try Contents(again.store).accounts == ["quan.tri quan-tri", "van.thu van-thu"])
            #expect(try Contents(again.store).templates.count == 1 && Contents(again.store).jobs.count == 2)
            let stored = try #require(try again.store.storedTemplates().first)
            #expect(FileManager.default.fileExists(atPath: Backend.templatesFolder(settings).appendingPathComponent(stored.storedName).path))
            let smallResult = again.folder(of: small).result
            #expect(try FileManager.default.contentsOfDirectory(atPath: smallResult.path) == ["giay-khen.fodt"])
            #expect(FileManager.default.fileExists(atPath: again.folder(of: large).list(extension: "csv").path))
            // The job the backup caught running is marked failed when the restored page starts.
            try again.recoverInterrupted()
            #expect(try again.store.job(id: large)?.state == .failed)
            #expect(try again.store.job(id: small)?.state == .finished)
        }
    }

    @Test func restoreRefusesAFolderThatHasData() throws {
        let site = try TestSite(onDisk: true)
        defer { site.folder.remove() }
        let backup = site.folder.file("sao-luu")
        try Backup.write(dataFolder: site.backend.settings.dataFolder, register: nil, into: backup)
        let occupied = site.folder.file("co-du-lieu")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: occupied.appendingPathComponent("cu.txt"))
        #expect(throws: ServerError.restoreTargetNotEmpty(path: occupied.path)) {
            try Backup.restore(from: backup, into: occupied)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: occupied.path) == ["cu.txt"])
        #expect(ServerError.restoreTargetNotEmpty(path: "/srv/du-lieu").description
            == "/srv/du-lieu: đã có dữ liệu, chỉ khôi phục vào nơi trống. Hãy dừng trang web, dời thư mục (hoặc tệp) này đi chỗ khác, rồi chạy lại.")
        // Nor is a backup written over one: the folder is left as it was, and no partial folder stays.
        #expect(throws: ServerError.backupTargetNotEmpty(path: occupied.path)) {
            try Backup.write(dataFolder: site.backend.settings.dataFolder, register: nil, into: occupied)
        }
        #expect(try site.folder.contents().sorted() == ["co-du-lieu", "du-lieu", "sao-luu"])
    }

    /// Sends the Giấy khen form with a list of `records` people; returns the job's id.
    private func job(_ browser: Browser, _ site: TestSite, records: Int) async throws -> UUID {
        _ = try await browser.get("/soan/giay-khen")
        let sent = try await browser.post("/soan/giay-khen", fields: Fixtures.awardForm(date: "05/01/2026"),
                                          files: ["danh_sach": ("ds.csv", Fixtures.awardList(count: records))])
        let check = try #require(sent.location)
        #expect(try await browser.get(check).status == .ok)
        return try #require(UUID(uuidString: String(check.split(separator: "/")[1])))
    }
}
