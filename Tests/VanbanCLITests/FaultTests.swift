import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// What a clerk's machine does to a batch: a full disk, a killed process, two clerks at once.
/// Whatever happens, every file in the folder is whole and a later run leaves no temporary file.
@Suite(.serialized) struct FaultTests {
    static func list(_ count: Int) -> String {
        "Họ và tên,Đơn vị,Số sổ vàng\n" + (1...count).map { "Người số \($0),Đơn vị \($0 % 7),GK-\($0)" }.joined(separator: "\n") + "\n"
    }

    /// Every `.fodt` in `folder` is a whole document; returns how many there are.
    static func wholeFiles(in folder: URL) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".fodt") }
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(String(decoding: data.suffix(40), as: UTF8.self).contains("</office:document>"), "\(name) is cut")
        }
        return names.count
    }

    static func temporaries(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".vanban-") }
    }

    /// A disk that fills up half-way: an error saying so, and the folder as it was.
    @Test(.enabled(if: getuid() == 0, "cần quyền root để gắn một ổ tmpfs nhỏ (CI chạy bằng root)"))
    func aFullDiskLeavesTheFolderAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list(400))
        let disk = folder.file("o-nho")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(try Shell.run("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path]).status == 0)
        defer { _ = try? Shell.run("umount", [disk.path]) }
        try folder.write("o-nho/ra/cu.txt", "của văn thư")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "o-nho/ra"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.contains("đĩa đầy"), "\(result.error)")
        #expect(try folder.contents(of: "o-nho/ra") == ["cu.txt"])
    }

    /// Runs `body` with `disk` (inside `folder`) holding an ext4 file system that takes writes
    /// and then loses them: it lives on a loop device whose own disk, a 4 MB tmpfs, is full.
    /// `disk/ra/cu.txt` was written (and flushed) before the disk filled up.
    static func withDiskThatLosesWrites(_ disk: String, in folder: TemporaryFolder, _ body: () throws -> Void) throws {
        let backing = folder.file(disk + "-that"), mounted = folder.file(disk)
        for url in [backing, mounted] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try #require(try Shell.run("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", backing.path]).status == 0)
        defer { _ = try? Shell.run("umount", ["-l", backing.path]) }
        let image = backing.appendingPathComponent("anh.img").path
        try #require(try Shell.run("truncate", ["-s", "64M", image]).status == 0)
        try #require(try Shell.run("mkfs.ext4", ["-q", "-F", "-O", "^has_journal", "-E", "nodiscard", image]).status == 0)
        // A loop device set up by mount is freed by umount.
        try #require(try Shell.run("mount", ["-o", "loop", image, mounted.path]).status == 0)
        defer { _ = try? Shell.run("umount", ["-l", mounted.path]) }
        try folder.write(disk + "/ra/cu.txt", "của văn thư")
        try #require(try Shell.run("sync", []).status == 0)
        // The image's disk fills up: what is written from now on reaches the cache, not the disk.
        _ = try Shell.run("dd", ["if=/dev/zero", "of=\(backing.path)/day", "bs=64k"])
        try body()
    }

    /// Whether the first line of `error` is the one a lost write into `folder` makes: the loop
    /// device passes on its disk's "full" (or, on other kernels, a plain I/O error).
    static func saysWriteLost(_ error: String, in folder: String) -> Bool {
        let first = error.split(separator: "\n").first.map(String.init) ?? ""
        return [ENOSPC, EIO].contains { first == "Lỗi: \(folder): không ghi được tệp: \(SystemReason.describe($0))." }
    }

    static let canMountDisks = getuid() == 0 && FileManager.default.fileExists(atPath: "/dev/loop-control")

    /// A disk that takes a batch's files and then fails to store them (a write only a flush
    /// finds failed). The batch says it could not write into the folder, and publishes nothing.
    /// Before, `--mot-tep` printed "Đã ghi 1 tệp" and exited 0 while the kernel logged
    /// "potential data loss", and a batch of files named its hidden work folder. The batch of
    /// files is 2.6 MB: more than the 2 MiB after which a batch starts flushing while it renders,
    /// so the loss is found by that early flush (kept for the end) or by the last one.
    @Test(.enabled(if: canMountDisks, "SKIPPED: needs root and loop devices to mount a disk image (CI runs as root)"),
          arguments: [(records: 60, output: "dia-ao/ra/gk.fodt", options: ["--mot-tep"], named: "dia-ao/ra"),
                      (records: 100, output: "dia-ao/ra/gk", options: [], named: "dia-ao/ra/gk")])
    func aBatchTheDiskLostIsAnErrorAndNotPublished(_ batch: (records: Int, output: String, options: [String], named: String)) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list(batch.records))
        try Self.withDiskThatLosesWrites("dia-ao", in: folder) {
            let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", batch.output] + batch.options,
                                        in: folder.url)
            #expect(result.status == 1)
            #expect(!result.output.contains("Đã ghi"), "\(result.output)")
            #expect(Self.saysWriteLost(result.error, in: batch.named), "\(result.error)")
            #expect(try folder.contents(of: "dia-ao/ra") == ["cu.txt"])
        }
    }

    /// A document numbered from the outgoing register onto a disk that loses it: no number is
    /// issued (the register lists nothing, the next document takes 01), and the clerk is told,
    /// naming the file (before, its hidden temporary name).
    @Test(.enabled(if: canMountDisks, "SKIPPED: needs root and loop devices to mount a disk image (CI runs as root)"))
    func aNumberedDocumentTheDiskLostTakesNoNumber() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let series = try Vanban.run(["so-di", "chuoi", "qd", "--loai", "QĐ", "--mau", "{so}/{loai}-{co_quan}", "--co-quan", "SYT",
                                     "--csdl", "so.sqlite"], in: folder.url)
        try #require(series.status == 0, "\(series.error)")
        let template = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.fodt").path
        let data = BuiltInTemplateTests.templates.appendingPathComponent("quyet-dinh-khen-thuong.yaml").path
        let clock = ["VANBAN_BAY_GIO": "2026-07-15T09:00:00+07:00"]
        try Self.withDiskThatLosesWrites("dia-ao", in: folder) {
            let result = try Vanban.run(["tao", template, data, "--vao-so", "qd", "--csdl", "so.sqlite", "-o", "dia-ao/ra/qd.fodt"],
                                        in: folder.url, environment: clock)
            #expect(result.status == 1)
            #expect(Self.saysWriteLost(result.error, in: "dia-ao/ra/qd.fodt"), "\(result.error)")
            #expect(try folder.contents(of: "dia-ao/ra") == ["cu.txt"])
        }
        let listed = try Vanban.run(["so-di", "xem", "--csdl", "so.sqlite"], in: folder.url)
        #expect(listed.output == "Không có số nào.\n", "\(listed.output)")
        let next = try Vanban.run(["tao", template, data, "--vao-so", "qd", "--csdl", "so.sqlite", "-o", "qd.fodt"],
                                  in: folder.url, environment: clock)
        #expect(next.status == 0, "\(next.error)")
        #expect(try String(contentsOf: folder.file("qd.fodt"), encoding: .utf8).contains("01/QĐ-SYT"))
    }

    /// `kill -9` at moments spread over a batch: no cut file ever; the next run cleans up and
    /// writes the whole list.
    @Test func aKilledBatchLeavesOnlyWholeFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list(3000))
        let output = folder.file("ra")
        var generator = SeededGenerator(seed: 30)
        for _ in 0..<6 {
            let process = Process()
            process.executableURL = Vanban.executable
            process.arguments = ["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"]
            process.currentDirectoryURL = folder.url
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: output.path) { _ = try Self.wholeFiles(in: output) }
        }
        let last = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"], in: folder.url)
        #expect(last.status == 0, "\(last.error)")
        #expect(try Self.wholeFiles(in: output) == 3000)
        #expect(try Self.temporaries(in: output) == [])
    }

    /// Two batches into one folder at once: one writes, the other is refused and says why.
    @Test func twoBatchesIntoOneFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.list(3000))
        let first = Process()
        first.executableURL = Vanban.executable
        first.arguments = ["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"]
        first.currentDirectoryURL = folder.url
        first.standardError = FileHandle.nullDevice
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        // Wait until the first batch holds the folder.
        for _ in 0..<500 where !FileManager.default.fileExists(atPath: folder.file("ra/.vanban-khoa").path) { usleep(10_000) }
        let second = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "-o", "ra"], in: folder.url)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 1)
        #expect(second.error.contains("một lần chạy vanban khác đang ghi vào thư mục này"), "\(second.error)")
        #expect(try Self.wholeFiles(in: folder.file("ra")) == 3000)
    }
}

/// Names and paths a file system refuses, and inputs that are not files.
@Suite struct OddInputTests {
    /// A long Vietnamese name (3 bytes a letter with its marks) makes a name within 255 bytes.
    @Test func aVeryLongNameStillMakesAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = String(repeating: "Nguyễn Thị Đào ", count: 14)
        try folder.write("ds.csv", "Họ và tên,Đơn vị,Số sổ vàng\n\(long),A,1\n\(long),B,2\n")
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, "ds.csv", "--ten-tep", "{{ho_va_ten}}",
                                     "-o", "ra"], in: folder.url)
        #expect(result.status == 0, "\(result.error)")
        let names = try folder.contents(of: "ra").filter { $0.hasSuffix(".fodt") }
        #expect(names.count == 2 && names.allSatisfy { $0.utf8.count <= 255 }, "\(names.map(\.utf8.count))")
    }

    /// A list that is a folder is refused with its name, whatever its extension.
    @Test(arguments: ["ds.csv", "ds.xlsx", "ds.yaml"])
    func aFolderIsNoList(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file(name), withIntermediateDirectories: true)
        let result = try Vanban.run(["hang-loat", Vanban.fixture("giay-khen.fodt").path, name, "-o", "ra"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("Lỗi: \(name): không đọc được tệp") && result.error.contains("đây là thư mục"), "\(result.error)")
        #expect(try folder.contents() == [name])
    }
}

/// A small deterministic random generator (SplitMix64), so a test's "random" moments repeat.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
