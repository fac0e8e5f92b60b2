import Foundation
import GRDB

/// A copy of everything the office keeps (`vanban sao-luu`), taken while the web page runs:
/// the web page's database and a SQLite register through SQLite's online backup (a consistent
/// snapshot, never a copy of a file being written), then the stored templates (`mau/`) and the
/// jobs' files (`viec/`). Its folder mirrors a data folder:
///
///     THU_MUC/sao-luu.json     what was copied, by which vanban, when
///     THU_MUC/vanban.sqlite    the web page's database
///     THU_MUC/mau/  viec/      the stored templates, the jobs' inputs and results
///     THU_MUC/so-di.sqlite     the register (when one was given)
///
/// It is written into a sibling folder renamed into place at the end: a failed backup leaves
/// nothing behind. ``restore(from:into:register:)`` puts it back into an empty data folder.
public enum Backup {
    /// What a backup holds, written as `sao-luu.json`.
    public struct Manifest: Codable, Equatable, Sendable {
        /// `vanban 0.1.0 (commit …)` that took it.
        public var vanban: String
        /// When it was taken.
        public var taken: Date
        /// Whether `so-di.sqlite` (the register) is in it.
        public var register: Bool
        /// How many jobs and stored template versions the database held.
        public var jobs: Int
        public var templates: Int
    }

    static let manifestName = "sao-luu.json"
    static let databaseName = "vanban.sqlite"
    static let registerName = "so-di.sqlite"
    static let folders = ["mau", "viec"]

    /// Backs up the data folder (and the register file, if given) into `target`, a folder that
    /// must not exist yet or be empty.
    @discardableResult
    public static func write(dataFolder: URL, register: URL?, into target: URL, now: Date = Date()) throws(ServerError) -> Manifest {
        let database = dataFolder.appendingPathComponent(databaseName)
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw .notADataFolder(path: dataFolder.path)
        }
        if let register, !FileManager.default.fileExists(atPath: register.path) {
            throw .notFound(what: "sổ văn bản đi \(register.path)")
        }
        guard isEmptyOrMissing(target) else { throw .backupTargetNotEmpty(path: target.path) }
        return try build(target) { partial throws(ServerError) in
            let (jobs, templates) = try snapshot(database, into: partial.appendingPathComponent(databaseName)) { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM job") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM templateVersion") ?? 0)
            }
            if let register {
                _ = try snapshot(register, into: partial.appendingPathComponent(registerName)) { _ in () }
            }
            for name in folders {
                try copyTree(dataFolder.appendingPathComponent(name, isDirectory: true),
                             into: partial.appendingPathComponent(name, isDirectory: true))
            }
            let manifest = Manifest(vanban: "vanban \(Release.description)", taken: now, register: register != nil,
                                    jobs: jobs, templates: templates)
            try writeManifest(manifest, into: partial)
            return manifest
        }
    }

    // MARK: Steps

    /// Copies the SQLite database at `source` into a new file `destination` with SQLite's online
    /// backup, under a read lock held for the whole copy (writers of the live database wait, up
    /// to their busy timeout, and never see an error); `count` reads the copy.
    static func snapshot<T>(_ source: URL, into destination: URL, count: (Database) throws -> T) throws(ServerError) -> T {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(30)
            let reader = try DatabaseQueue(path: source.path, configuration: configuration)
            let copy = try DatabaseQueue(path: destination.path)
            try reader.backup(to: copy)
            let result = try copy.read(count)
            try copy.close()
            try reader.close()
            return result
        } catch {
            throw .backupFailed(path: source.path, reason: "\(error)")
        }
    }

    /// Copies the regular files under `source` into `destination`, keeping the tree. A file the
    /// web page removes meanwhile (an expired job) is left out, not an error.
    static func copyTree(_ source: URL, into destination: URL) throws(ServerError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: destination, withIntermediateDirectories: true)
            guard manager.fileExists(atPath: source.path) else { return }
            let base = source.resolvingSymlinksInPath().path
            guard let walk = manager.enumerator(at: URL(fileURLWithPath: base, isDirectory: true),
                                                includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey]) else { return }
            for case let item as URL in walk {
                let relative = String(item.path.dropFirst(base.count + 1))
                let values = try? item.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey])
                let target = destination.appendingPathComponent(relative)
                if values?.isDirectory == true {
                    try manager.createDirectory(at: target, withIntermediateDirectories: true)
                } else if values?.isRegularFile == true {
                    do {
                        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try manager.copyItem(at: item, to: target)
                    } catch where !manager.fileExists(atPath: item.path) {
                        continue  // removed while the backup ran
                    }
                }
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw .backupFailed(path: source.path, reason: error.localizedDescription)
        }
    }

    static func writeManifest(_ manifest: Manifest, into folder: URL) throws(ServerError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        do {
            try encoder.encode(manifest).write(to: folder.appendingPathComponent(manifestName), options: .atomic)
        } catch {
            throw .backupFailed(path: folder.path, reason: error.localizedDescription)
        }
    }

    static func readManifest(in folder: URL) throws(ServerError) -> Manifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path),
              let manifest = try? decoder.decode(Manifest.self, from: data),
              FileManager.default.fileExists(atPath: folder.appendingPathComponent(databaseName).path)
        else { throw .notABackup(path: folder.path) }
        return manifest
    }

    /// Whether `folder` does not exist, or is an empty folder.
    static func isEmptyOrMissing(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return true }
        return isFolder.boolValue && ((try? FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty) ?? false)
    }

    /// Fills a sibling folder of `target` with `fill`, then renames it to `target` (an empty
    /// `target` removed first); on any failure the sibling is removed and `target` left as it was.
    static func build<T>(_ target: URL, _ fill: (URL) throws(ServerError) -> T) throws(ServerError) -> T {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: target.path, isDirectory: true).standardizedFileURL
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).dang-ghi-\(getpid())", isDirectory: true)
        do {
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: partial)
            try manager.createDirectory(at: partial, withIntermediateDirectories: false)
        } catch {
            throw .backupFailed(path: target.path, reason: error.localizedDescription)
        }
        do throws(ServerError) {
            let result = try fill(partial)
            do {
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }  // empty: checked
                try manager.moveItem(at: partial, to: target)
            } catch {
                throw ServerError.backupFailed(path: target.path, reason: error.localizedDescription)
            }
            return result
        } catch {
            try? manager.removeItem(at: partial)
            throw error
        }
    }
}
