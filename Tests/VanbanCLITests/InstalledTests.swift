import Foundation
import Testing
import VanbanTestSupport

/// vanban installed like a program: the binary and its resource folders copied elsewhere, run
/// through a link on PATH, from any folder; `VANBAN_MAU` adds the office's own templates.
@Suite struct InstalledTests {
    @Test func theBuiltInTemplatesTravelWithTheBinary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
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
        let installed = folder.file("bin/vanban").path
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
}
