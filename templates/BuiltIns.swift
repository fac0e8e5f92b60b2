// The built-in templates travel with the `vanban` binary as this target's resources (SwiftPM
// copies them into `vanban_VanbanBuiltIns.resources` beside the executable). The folder holds
// no other Swift code: this file only names where they are.
import Foundation

/// Where the built-in templates (`NAME.fodt`, `NAME.docx`, `NAME.yaml`, `NAME.vi-tri.yaml`)
/// are once installed: the resource folder beside the executable, found without
/// `Bundle.module` (which stops the program when the folder was not copied with it).
public enum BuiltIns {
    /// The name SwiftPM gives the resource folder.
    public static let bundleName = "vanban_VanbanBuiltIns.resources"

    /// The running program's own file, symbolic links resolved: the kernel's `/proc/self/exe`
    /// (right whether vanban was run by path, by bare name from PATH or through a link), else
    /// the first argument as given (systems without `/proc`).
    public static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// The resource folder beside the running executable, if it is there.
    public static var installedFolder: URL? {
        folder(besideExecutable: executable.path)
    }

    /// The resource folder beside `executable` (symbolic links followed), if it is there.
    public static func folder(besideExecutable executable: String) -> URL? {
        let folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(bundleName, isDirectory: true)
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("vi-du.fodt").path) ? folder : nil
    }
}
