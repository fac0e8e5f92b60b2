import Foundation
import Testing
import VanbanData
import VanbanTestSupport

@Suite struct DataFileEncodingTests {
    @Test(arguments: [[0xFF, 0xFE] as [UInt8], [0xFE, 0xFF]])
    func aYAMLFileSavedAsUnicodeByNotepadIsRead(mark: [UInt8]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.file("chung.yaml")
        let text = "ngay: 04/12/2025\nco_quan: Sở Y tế\n"
        var bytes = mark
        for unit in text.utf16 {
            bytes += mark[0] == 0xFF ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        try Data(bytes).write(to: file)
        #expect(try DataFile.read(file)["co_quan"] == .string("Sở Y tế"))
    }
}
