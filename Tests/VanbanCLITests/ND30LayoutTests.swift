import Foundation
import Testing
import VanbanODF

/// Every built-in template read as LibreOffice will lay it out: NĐ 30/2020 page, font and
/// header (SPEC §1, §2).
@Suite struct ND30LayoutTests {
    static let names = ["cong-van", "giay-khen", "giay-moi", "ke-hoach", "quyet-dinh-khen-thuong", "vi-du"]

    static func document(_ name: String) throws -> Document {
        try Document(contentsOf: BuiltInTemplateTests.templates.appendingPathComponent("\(name).fodt"))
    }

    /// The page layout of the first master page.
    static func pageLayout(_ document: Document) -> TreeNode? {
        guard let master = document.rootNode?.firstChild(Namespace.office, "master-styles")?.firstChild(Namespace.style, "master-page"),
            let name = master.attribute(Namespace.style, "page-layout-name")
        else { return nil }
        for section in ["automatic-styles", "styles"] {
            for layout in document.rootNode?.firstChild(Namespace.office, section)?.childElements ?? []
            where layout.isElement(Namespace.style, "page-layout") && layout.attribute(Namespace.style, "name") == name {
                return layout.firstChild(Namespace.style, "page-layout-properties")
            }
        }
        return nil
    }

    static func centimetres(_ value: String?) -> Double? {
        guard let value else { return nil }
        if value.hasSuffix("cm") { return Double(value.dropLast(2)) }
        if value.hasSuffix("mm") { return Double(value.dropLast(2)).map { $0 / 10 } }
        if value.hasSuffix("in") { return Double(value.dropLast(2)).map { $0 * 2.54 } }
        return nil
    }

    @Test(arguments: names)
    func a4WithTheMarginsOfND30(name: String) throws {
        let document = try Self.document(name)
        let page = try #require(Self.pageLayout(document))
        let width = try #require(Self.centimetres(page.attribute(Namespace.fo, "page-width")))
        let height = try #require(Self.centimetres(page.attribute(Namespace.fo, "page-height")))
        #expect(Set([width, height]) == [21.0, 29.7], "A4")
        if name == "giay-khen" {
            #expect(width > height, "a certificate is landscape")
            return
        }
        #expect(Self.centimetres(page.attribute(Namespace.fo, "margin-top")) == 2.0)
        #expect(Self.centimetres(page.attribute(Namespace.fo, "margin-bottom")) == 2.0)
        #expect(Self.centimetres(page.attribute(Namespace.fo, "margin-left")) == 3.0)
        #expect(Self.centimetres(page.attribute(Namespace.fo, "margin-right")) == 1.5)
    }

    @Test(arguments: names)
    func timesNewRomanThirteenToFourteenPoints(name: String) throws {
        let document = try Self.document(name)
        let styles = try #require(document.rootNode?.firstChild(Namespace.office, "styles"))
        let defaults = try #require(styles.childElements.first {
            $0.isElement(Namespace.style, "default-style") && $0.attribute(Namespace.style, "family") == "paragraph"
        })
        let text = try #require(defaults.firstChild(Namespace.style, "text-properties"))
        #expect(text.attribute(Namespace.style, "font-name") == "Times New Roman")
        let size = try #require(text.attribute(Namespace.fo, "font-size").flatMap { Double($0.dropLast(2)) })
        #expect((13...14).contains(size))
    }

    @Test(arguments: names.filter { $0 != "giay-khen" })
    func theHeaderIsABorderlessTwoColumnTable(name: String) throws {
        let document = try Self.document(name)
        let text = try #require(document.rootNode?.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "text"))
        let table = try #require(text.childElements.first { $0.isElement(Namespace.table, "table") })
        #expect(table.childElements.filter { $0.isElement(Namespace.table, "table-column") }.count == 2)
        let content = table.content
        #expect(content.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(content.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(content.contains("Số:"))
    }
}
