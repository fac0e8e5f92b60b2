import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

/// A list field rendered as it is read (``StreamedList``): its records are asked for one at a
/// time while the bytes already rendered go out, never all at once.
@Suite struct StreamedListRenderTests {
    static let body = """
        <text:p>{{tieu_de}}</text:p>
        <text:p>{{#danh_sach}}</text:p><text:p>{{@stt}}. {{ho_ten}}{{#@cuoi}} (cuối){{/@cuoi}}</text:p><text:p>{{/danh_sach}}</text:p>
        """

    /// Records counted as they are read.
    final class Source: @unchecked Sendable {
        let count: Int
        var read = 0
        var walks = 0
        init(count: Int) { self.count = count }

        var list: StreamedList {
            StreamedList(name: "danh_sach") { [self] in
                walks += 1
                var index = 0
                return AnyIterator { [self] in
                    guard index < count else { return nil }
                    index += 1
                    read += 1
                    return (.object(["ho_ten": .string("Người số \(index)")]), RecordPlace(number: index, file: "ds.csv", row: index + 1))
                }
            }
        }
    }

    @Test func bytesGoOutBeforeTheLastRecordIsRead() throws {
        let template = try Template(document: ODFFixture.document(Self.body), options: .init(strict: true, form: .flat))
        let source = Source(count: 40_000)
        var readAtWrites: [Int] = []
        var bytes = Data()
        try template.render(.object(["tieu_de": .string("Danh sách")]), streaming: source.list) { chunk in
            readAtWrites.append(source.read)
            bytes.append(chunk)
        }
        #expect(readAtWrites.count >= 2)
        #expect(readAtWrites[0] < 40_000, "\(readAtWrites)")
        #expect(source.walks == 1 && source.read == 40_000)
        let text = try Document(data: bytes, path: "ds.fodt").plainText
        #expect(text.hasPrefix("Danh sách\n1. Người số 1\n"))
        #expect(text.contains("\n40000. Người số 40000 (cuối)"))
        #expect(text.components(separatedBy: "(cuối)").count == 2)
    }

    /// A problem in a record names that record's place; the data's own fields still count.
    @Test func aRecordsProblemNamesItsRow() throws {
        let body = Self.body.replacingOccurrences(of: "{{ho_ten}}", with: "{{ho_ten}} {{chuc_vu}}")
        let template = try Template(document: ODFFixture.document(body), options: .init(strict: true, form: .flat))
        let source = Source(count: 3)
        let error = #expect(throws: TemplateError.self) {
            try template.render(.object(["tieu_de": .string("Danh sách")]), streaming: source.list) { _ in }
        }
        #expect(error?.all.count == 3)
        #expect(error?.all.first?.description.contains("bản ghi 1 (ds.csv, dòng 2)") == true, "\(String(describing: error))")
    }
}
