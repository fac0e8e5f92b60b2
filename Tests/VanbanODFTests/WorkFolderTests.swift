import Foundation
import Testing
import VanbanODF
import VanbanTestSupport

/// A batch's work folder becomes a new output folder in one step; anything of the clerk's in
/// the folder keeps it from doing so.
@Suite struct WorkFolderTests {
    @Test func aWorkFolderBecomesANewFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.file("ra")
        let work = try WorkFolder(in: target)
        let lock = try FolderLock(target)
        try Data("một".utf8).write(to: work.file("001.odt"))
        #expect(work.become(target, besides: FolderLock.fileName))
        lock.release(removingFile: false)
        work.remove()
        #expect(try folder.contents() == ["ra"])
        #expect(try folder.contents(of: "ra") == ["001.odt"])
        #expect(try String(contentsOf: folder.file("ra/001.odt"), encoding: .utf8) == "một")
    }

    @Test func aFolderWithTheClerksFilesIsNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ra/giu.txt", "giữ nguyên")
        let target = folder.file("ra")
        let work = try WorkFolder(in: target)
        try Data("một".utf8).write(to: work.file("001.odt"))
        #expect(!work.become(target, besides: FolderLock.fileName))
        #expect(FileManager.default.fileExists(atPath: work.file("001.odt").path))
        work.remove()
        #expect(try folder.contents(of: "ra") == ["giu.txt"])
    }
}
