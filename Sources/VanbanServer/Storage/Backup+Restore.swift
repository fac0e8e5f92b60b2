import Foundation
import GRDB

extension Backup {
    /// Puts the backup in `source` back: its database, stored templates and jobs into
    /// `dataFolder`, which must not exist yet or be empty; its register (if it has one) into
    /// `register`, a file that must not exist (by default `so-di.sqlite` in the data folder).
    /// The database is opened once, so that it is upgraded to this version's schema. Nothing
    /// is left half-written: the data folder is filled beside it and renamed into place.
    @discardableResult
    public static func restore(from source: URL, into dataFolder: URL, register: URL? = nil) throws(ServerError) -> Manifest {
        let manifest = try readManifest(in: source)
        guard isEmptyOrMissing(dataFolder) else { throw .restoreTargetNotEmpty(path: dataFolder.path) }
        let registerTarget = manifest.register ? (register ?? dataFolder.appendingPathComponent(registerName)) : nil
        let registerOutside = registerTarget.map { $0.deletingLastPathComponent().standardizedFileURL.path
            != URL(fileURLWithPath: dataFolder.path).standardizedFileURL.path } ?? false
        if let registerTarget, registerOutside, FileManager.default.fileExists(atPath: registerTarget.path) {
            throw .restoreTargetNotEmpty(path: registerTarget.path)
        }
        // The register outside the data folder: copied beside its place first, renamed last.
        var registerPartial: URL?
        if let registerTarget, registerOutside {
            let partial = registerTarget.deletingLastPathComponent()
                .appendingPathComponent(".\(registerTarget.lastPathComponent).dang-ghi-\(getpid())")
            try copyFile(source.appendingPathComponent(registerName), to: partial)
            registerPartial = partial
        }
        do throws(ServerError) {
            try build(dataFolder) { partial throws(ServerError) in
                try copyFile(source.appendingPathComponent(databaseName), to: partial.appendingPathComponent(databaseName))
                _ = try Store(url: partial.appendingPathComponent(databaseName))
                for name in folders {
                    try copyTree(source.appendingPathComponent(name, isDirectory: true),
                                 into: partial.appendingPathComponent(name, isDirectory: true))
                }
                if manifest.register, !registerOutside {
                    try copyFile(source.appendingPathComponent(registerName), to: partial.appendingPathComponent(registerName))
                }
            }
            if let registerPartial, let registerTarget {
                do {
                    try FileManager.default.moveItem(at: registerPartial, to: registerTarget)
                } catch {
                    throw ServerError.backupFailed(path: registerTarget.path, reason: error.localizedDescription)
                }
            }
        } catch {
            if let registerPartial { try? FileManager.default.removeItem(at: registerPartial) }
            throw error
        }
        return manifest
    }

    static func copyFile(_ source: URL, to destination: URL) throws(ServerError) {
        do {
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: source, to: destination)
        } catch {
            throw .backupFailed(path: source.path, reason: error.localizedDescription)
        }
    }
}
