import Foundation
import Testing
import VanbanODF
import VanbanPipeline
import VanbanTestSupport

/// The list of files a batch keeps in its folder: re-runs replace, shards join.
@Suite struct BatchManifestTests {
    /// FIPS 180-2's test vector, in lower-case hex.
    @Test func theDigestIsSHA256InHex() {
        #expect(BatchManifest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    static func people(_ count: Int) -> String {
        "Họ và tên,Đơn vị,Số sổ vàng\n" + (1...count).map { "Người \($0),Đơn vị \($0 % 3),GK-\($0)" }.joined(separator: "\n") + "\n"
    }

    func batch(_ folder: TemporaryFolder, names: String? = "{{so_so_vang}}", shard: Job.Shard? = nil, output: String = "ra") -> Job {
        var job = Job(template: JobTests.template, records: .list(folder.file("ds.csv"), common: nil),
                      layout: .onePerRecord(names: names, groupBy: nil), output: folder.file(output))
        job.shard = shard
        return job
    }

    /// A second run into the same folder replaces the first: files of the first run that the
    /// second does not write are removed, files vanban did not write stay.
    @Test func aRerunReplacesThePreviousRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.people(5))
        _ = try batch(folder).run()
        try folder.write("ra/cua-toi.txt", "không phải của vanban")
        let manifest = try #require(BatchManifest.read(folder.file("ra/vanban-ds.tsv")))
        #expect(manifest.total == 5 && manifest.lines.map(\.file) == (1...5).map { "GK-\($0).fodt" })
        let written = try Data(contentsOf: folder.file("ra/GK-3.fodt"))
        #expect(manifest.lines[2].sha256 == BatchManifest.sha256(written))

        try folder.write("ds.csv", Self.people(3))
        let result = try batch(folder).run()
        #expect(result.written == 3)
        #expect(try folder.contents(of: "ra") == ["GK-1.fodt", "GK-2.fodt", "GK-3.fodt", "cua-toi.txt", "vanban-ds.tsv"])
    }

    /// A file the clerk changed after the run is not removed by the next run.
    @Test func aChangedFileIsNotRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.people(3))
        _ = try batch(folder).run()
        try folder.write("ra/GK-3.fodt", "đã sửa tay")
        try folder.write("ds.csv", Self.people(2))
        _ = try batch(folder).run()
        #expect(try folder.contents(of: "ra") == ["GK-1.fodt", "GK-2.fodt", "GK-3.fodt", "vanban-ds.tsv"])
    }

    /// Shards give the names and lines the whole batch gives; joined, nothing missing or doubled.
    @Test(arguments: [nil, "{{ho_va_ten}}"] as [String?])
    func shardsJoinIntoTheWholeBatch(names: String?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.people(1000).replacingOccurrences(of: "Người 7,", with: "Người 6,"))
        _ = try batch(folder, names: names, output: "ca").run()
        let whole = try #require(BatchManifest.read(folder.file("ca/vanban-ds.tsv")))
        for index in 1...3 {
            let part = try batch(folder, names: names, shard: .init(index: index, count: 3), output: "phan").run()
            #expect(part.statistics.checks == (index == 1 ? 334 : 333))
        }
        let merged = try BatchManifest.merge([folder.file("phan")], into: folder.file("phan"))
        #expect(merged == whole)
        #expect(try folder.contents(of: "phan").filter { $0.hasSuffix(".fodt") } == folder.contents(of: "ca").filter { $0.hasSuffix(".fodt") })
        if names == nil { #expect(merged.lines[0].file == "0001.fodt") } else { #expect(merged.lines[6].file == "Người 6-2.fodt") }
    }

    /// A missing shard is named.
    @Test func aMissingShardIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ds.csv", Self.people(4))
        _ = try batch(folder, shard: .init(index: 1, count: 2), output: "phan").run()
        #expect(throws: JobError.shardsIncomplete(missing: [2, 4], doubled: [])) {
            try BatchManifest.merge([folder.file("phan")], into: folder.file("phan"))
        }
        #expect(throws: JobError.badShard(index: 3, count: 2)) { try batch(folder, shard: .init(index: 3, count: 2)).run() }
    }
}
