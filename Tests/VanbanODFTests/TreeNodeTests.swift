import Foundation
import Testing
import VanbanODF

/// The tree API the compilers and the spreadsheet reader use instead of libxml2's pointers.
@Suite struct TreeNodeTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\
        <office:body><office:text><text:p text:style-name="P1" id="x">a<text:span>b</text:span>c</text:p>\
        </office:text></office:body></office:document>
        """

    func paragraph(_ document: Document) throws -> TreeNode {
        try #require(document.rootNode?.firstChild(Namespace.office, "body")?.firstChild(Namespace.office, "text")?
            .firstChild(Namespace.text, "p"))
    }

    func body(_ document: Document) -> String {
        let text = String(decoding: document.xmlData, as: UTF8.self)
        guard let start = text.range(of: "<office:text>"), let end = text.range(of: "</office:text>") else { return "" }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func readsNamesChildrenAndAttributes() throws {
        let document = try Document(data: Data(Self.xml.utf8), path: "a.fodt")
        let paragraph = try paragraph(document)
        #expect(paragraph.qualifiedName == "text:p")
        #expect(paragraph.children.map(\.kind) == [.text, .element, .text])
        #expect(paragraph.childElements.map(\.qualifiedName) == ["text:span"])
        #expect(paragraph.attribute(Namespace.text, "style-name") == "P1")
        #expect(paragraph.plainAttribute("id") == "x")
        #expect(paragraph.attributes.map { "\($0.prefix ?? "-") \($0.localName)=\($0.value)" } == ["text style-name=P1", "- id=x"])
        #expect(paragraph.content == "abc")
        #expect(paragraph.childElements[0].ancestors.map(\.localName) == ["document", "body", "text", "p", "span"])
        var names: [String] = []
        try #require(document.rootNode).forEachElement { names.append($0.localName) }
        #expect(names == ["body", "text", "p", "span"])
    }

    @Test func editsWithoutMergingText() throws {
        let document = try Document(data: Data(Self.xml.utf8), path: "a.fodt")
        let paragraph = try paragraph(document)
        let first = try #require(paragraph.firstChildNode)
        let marker = document.makeInstruction("vanban", "0")
        first.insertAfter(marker)
        marker.insertAfter(document.makeText("<x>"))
        // Text nodes stay apart: `first` is still the "a" node.
        #expect(first.content == "a")
        paragraph.childElements[0].remove()
        #expect(body(document) == #"<text:p text:style-name="P1" id="x">a<?vanban 0?>&lt;x&gt;c</text:p>"#)
        paragraph.removeChildren()
        #expect(!paragraph.hasChildren)
    }

    /// An element not linked yet finds the namespace of its attributes on the root element.
    @Test func newElementsTakeTheRootsPrefixes() throws {
        let document = try Document(data: Data(Self.xml.utf8), path: "a.fodt")
        let style = document.makeElement(Namespace.style, "style", prefix: "style")
        style.setAttribute(Namespace.style, "name", to: "S")
        style.setAttribute(Namespace.text, "note", to: "n")
        let copy = style.copy()
        try paragraph(document).insertBefore(style)
        #expect(style.xmlString == #"<style:style style:name="S" text:note="n"/>"#)
        #expect(copy.attribute(Namespace.style, "name") == "S")
        copy.remove()
    }
}
