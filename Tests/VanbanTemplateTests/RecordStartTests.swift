import Foundation
import Testing
import VanbanData
import VanbanODF
import VanbanTemplate

/// Pages of one document that can be cut back into a file per record: each record's first
/// paragraph carries a bookmark, and the template says whether the cut gives what the record
/// alone would.
@Suite struct RecordStartTests {
    static func text(_ pages: inout Pages) throws -> String {
        String(decoding: pages.take() + (try pages.finish()), as: UTF8.self)
    }

    @Test func eachRecordsFirstParagraphHoldsItsBookmark() throws {
        let table = #"<table:table table:name="B"><table:table-row><table:table-cell>"#
            + #"<text:p text:style-name="P1">{{ten}}</text:p></table:table-cell></table:table-row></table:table>"#
        let template = try Template(document: try ODFFixture.document(table))
        var pages = try template.startPages(first: .object(["ten": .string("An")]), restartNumbering: true)
        pages.add(.object(["ten": .string("An")]), record: RecordPlace(number: 1), bookmark: "vanban-1")
        pages.add(.object(["ten": .string("Bình")]), record: RecordPlace(number: 2), bookmark: "vanban-2")
        let text = try Self.text(&pages)
        #expect(text.contains(#"<text:p text:style-name="P1"><text:bookmark text:name="vanban-1"/>An</text:p>"#))
        // The second record starts with the paragraph that breaks the page: its mark is there.
        let second = try #require(text.range(of: #"<text:bookmark text:name="vanban-2"/>"#))
        #expect(text[second.upperBound...].contains("Bình"))
        #expect(!text[..<second.lowerBound].contains("Bình"))
        #expect(text.components(separatedBy: "<text:bookmark ").count == 3)
        #expect(try Document(data: Data(text.utf8), path: "mot.fodt").plainText.contains("Bình"))
    }

    @Test func anEmptyFirstParagraphIsOpenedForTheBookmark() throws {
        let template = try Template(document: try ODFFixture.document(#"<text:p text:style-name="P0"/><text:p>{{ten}}</text:p>"#))
        var pages = try template.startPages(first: .object(["ten": .string("An")]), restartNumbering: true)
        pages.add(.object(["ten": .string("An")]), record: RecordPlace(number: 1), bookmark: "vanban-1")
        let text = try Self.text(&pages)
        #expect(text.contains(#"<text:p text:style-name="P0"><text:bookmark text:name="vanban-1"/></text:p>"#))
    }

    @Test func aTemplateWithAFieldInItsFooterCannotBeCut() throws {
        let body = "<text:p>{{ten}}</text:p>"
        #expect(try Template(document: try ODFFixture.document(body)).separatesRecordPages)
        let withFooter = try Document(data: Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" \
            office:mimetype="application/vnd.oasis.opendocument.text">
            <office:master-styles><style:master-page style:name="Standard"><style:footer><text:p>{{ten}}</text:p></style:footer>\
            </style:master-page></office:master-styles>
            <office:body><office:text>\(body)</office:text></office:body></office:document>
            """.utf8), path: "mau.fodt")
        #expect(try !Template(document: withFooter).separatesRecordPages)
        let counted = try ODFFixture.document("<text:p>{{ten}} <text:page-count>1</text:page-count></text:p>")
        #expect(try !Template(document: counted).separatesRecordPages)
        // A body whose only paragraph a record may leave out has no sure place for the mark.
        let conditional = try ODFFixture.document("<text:p>{{#ten}}</text:p><text:p>{{ten}}</text:p><text:p>{{/ten}}</text:p>")
        #expect(try !Template(document: conditional).separatesRecordPages)
        let emptyCell = try ODFFixture.document(#"<table:table table:name="B"><table:table-row><table:table-cell/></table:table-row></table:table>"#)
        #expect(try !Template(document: emptyCell).separatesRecordPages)
    }
}
