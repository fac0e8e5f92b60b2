import Crypto
import Foundation
import VanbanODF

/// The list of what a batch wrote, kept in its folder as `vanban-ds.tsv`: one line per record
/// (its number, its file, the file's SHA-256), tab-separated. A run into the same folder reads
/// the previous run's list and removes the files that run wrote and this one did not (only if
/// they are unchanged since), so the folder never mixes two runs; files vanban did not write
/// are never touched. A shard of a batch (`--phan K/N`) writes `vanban-ds.phan-K-N.tsv`, which
/// ``merge(_:into:)`` joins and checks.
public struct BatchManifest: Sendable, Equatable {
    /// One record's file.
    public struct Line: Sendable, Equatable {
        /// The record's number in the whole list (1-based).
        public var record: Int
        /// The file, relative to the batch's folder (`don-vi/001.pdf`).
        public var file: String
        /// The file's SHA-256, lower-case hex.
        public var sha256: String
    }

    /// The file name of a whole batch's list.
    public static let fileName = "vanban-ds.tsv"
    /// How many records the whole list holds.
    public var total: Int
    /// The lines, by record number.
    public var lines: [Line]

    /// The file name of shard `index` of `count`.
    public static func fileName(shard index: Int, of count: Int) -> String {
        "vanban-ds.phan-\(index)-\(count).tsv"
    }

    /// The SHA-256 of `data`, lower-case hex.
    public static func sha256(_ data: Data) -> String {
        // A digit table, not String(format:): 32 formatted strings a file were most of a
        // batch's time (perf, 20,000 certificates).
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The text of the file.
    public var text: String {
        var text = "# vanban hang-loat\ttong-so-ban-ghi\t\(total)\n"
        for line in lines { text += "\(line.record)\t\(line.file)\t\(line.sha256)\n" }
        return text
    }

    /// Reads a list; `nil` when the file is missing or is not one vanban wrote.
    public static func read(_ url: URL) -> BatchManifest? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let rows = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let header = rows.first, header.count == 3, header[0] == "# vanban hang-loat", let total = Int(header[2]) else { return nil }
        var lines: [Line] = []
        for row in rows.dropFirst() {
            guard row.count == 3, let record = Int(row[0]) else { return nil }
            lines.append(Line(record: record, file: String(row[1]), sha256: String(row[2])))
        }
        return BatchManifest(total: total, lines: lines)
    }

    /// Writes the list into `folder` under `name`, atomically.
    func write(into folder: URL, name: String = BatchManifest.fileName) throws(ODFError) {
        try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(name))
    }

    /// Removes the files `previous` lists that this list does not, when they are still as
    /// vanban wrote them. Returns how many were removed.
    @discardableResult
    func removeStale(_ previous: BatchManifest, in folder: URL) -> Int {
        let kept = Set(lines.map(\.file))
        var removed = 0
        for line in previous.lines where !kept.contains(line.file) && BatchManifest.isSafe(line.file) {
            let url = folder.appendingPathComponent(line.file)
            guard let data = FileManager.default.contents(atPath: url.path), BatchManifest.sha256(data) == line.sha256 else { continue }
            if unlink(url.path) == 0 { removed += 1 }
        }
        return removed
    }

    /// A listed file stays in its folder: no absolute path, no `..`.
    static func isSafe(_ file: String) -> Bool {
        !file.hasPrefix("/") && !file.split(separator: "/").contains("..") && !file.isEmpty
    }

    /// Joins the shards' lists found in `folders` into one, checking every record of the list
    /// is there exactly once; writes it as `vanban-ds.tsv` in `target`.
    public static func merge(_ folders: [URL], into target: URL) throws(JobError) -> BatchManifest {
        var total: Int?
        var byRecord: [Int: Line] = [:]
        var doubled: [Int] = []
        var found = 0
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasPrefix("vanban-ds.phan-") && name.hasSuffix(".tsv") {
                guard let shard = read(folder.appendingPathComponent(name)) else {
                    throw .badManifest(file: folder.appendingPathComponent(name).relativePath)
                }
                found += 1
                if let total, total != shard.total {
                    throw .manifestsDisagree(file: folder.appendingPathComponent(name).relativePath, total: shard.total, expected: total)
                }
                total = shard.total
                for line in shard.lines {
                    if byRecord[line.record] != nil { doubled.append(line.record) }
                    byRecord[line.record] = line
                }
            }
        }
        guard let total, found > 0 else { throw .noManifests(folders: folders.map(\.relativePath)) }
        let missing = (1...max(total, 1)).filter { byRecord[$0] == nil && total > 0 }
        if !missing.isEmpty || !doubled.isEmpty { throw .shardsIncomplete(missing: missing, doubled: doubled.sorted()) }
        let merged = BatchManifest(total: total, lines: (1...total).compactMap { byRecord[$0] })
        do {
            try merged.write(into: target)
        } catch {
            throw .output(error)
        }
        return merged
    }
}
