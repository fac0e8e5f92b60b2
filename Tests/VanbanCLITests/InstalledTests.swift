import Foundation
import Testing
import VanbanTestSupport

/// vanban installed like a program: the binary and its resource folders copied elsewhere, run
/// through a link on PATH, from any folder; `VANBAN_MAU` adds the office's own templates.
@Suite struct InstalledTests {
    /// A copy of the built binary and its resource folders in `FOLDER/lib/vanban`, and
    /// `FOLDER/bin/vanban` a symbolic link to it; returns the link.
    private func install(into folder: TemporaryFolder) throws -> URL {
        let lib = folder.file("lib/vanban")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        let built = Vanban.executable.deletingLastPathComponent()
        try FileManager.default.copyItem(at: Vanban.executable, to: lib.appendingPathComponent("vanban"))
        for name in try FileManager.default.contentsOfDirectory(atPath: built.path) where name.hasSuffix(".resources") {
            try FileManager.default.copyItem(at: built.appendingPathComponent(name), to: lib.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("bin/vanban").path, withDestinationPath: lib.appendingPathComponent("vanban").path)
        try folder.write("viec/hoi-nghi.yaml", try String(contentsOf: lib.appendingPathComponent("vanban_VanbanBuiltIns.resources/giay-moi.yaml"), encoding: .utf8))
        return folder.file("bin/vanban")
    }

    @Test func theBuiltInTemplatesTravelWithTheBinary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let installed = try install(into: folder).path
        let list = try Shell.run(installed, ["mau"], in: folder.file("viec"))
        #expect(list.status == 0 && list.output.contains("giay-moi ") && list.output.contains("quyet-dinh-khen-thuong "), "\(list.output)\(list.error)")
        let made = try Shell.run(installed, ["tao", "giay-moi", "hoi-nghi.yaml"], in: folder.file("viec"))
        #expect(made.status == 0, "\(made.error)")
        #expect(made.output == "output/hoi-nghi.fodt\n")
        // The office's own templates are added, not put in place of the built-in ones.
        try FileManager.default.copyItem(at: Vanban.fixture("giay-khen.fodt"), to: folder.file("viec/giay-khen-so.fodt"))
        let withOwn = try Shell.run(installed, ["mau"], in: folder.file("viec"), environment: ["VANBAN_MAU": folder.file("viec").path])
        #expect(withOwn.output.contains("giay-khen-so ") && withOwn.output.contains("giay-moi "), "\(withOwn.output)")
    }

    /// Run as `vanban` from PATH, the program's first argument is only its bare name: the
    /// resources are found from the executable itself (`/proc/self/exe`), through the link.
    @Test func runByBareNameFromPathInAnyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try install(into: folder)
        let path = folder.file("bin").path + ":/usr/bin:/bin"
        let script = "cd \"$1\" && vanban mau && vanban tao giay-moi hoi-nghi.yaml && vanban --version"
        let run = try Shell.run("/bin/sh", ["-c", script, "sh", folder.file("viec").path], environment: ["PATH": path])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("giay-moi ") }, "\(run.output)")
        #expect(lines.contains("output/hoi-nghi.fodt"), "\(run.output)")
        #expect(FileManager.default.fileExists(atPath: folder.file("viec/output/hoi-nghi.fodt").path))
        // `vanban 0.1.0 (commit …)`: the version and the commit it was built from.
        #expect(lines.last?.hasPrefix("vanban ") == true && lines.last?.contains(" (commit ") == true, "\(run.output)")
    }
}
