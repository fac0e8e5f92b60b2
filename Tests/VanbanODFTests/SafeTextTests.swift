import Testing
import VanbanODF

@Suite struct SafeTextTests {
    @Test func escapesMarkupCharacters() {
        let safe = SafeText(#"<b> & "Sở" 'Y tế'"#)
        #expect(safe.xml == "&lt;b&gt; &amp; &quot;Sở&quot; &apos;Y tế&apos;")
        #expect(safe.droppedCharacters.isEmpty)
    }

    @Test func newlinesBecomeLineBreaks() {
        let safe = SafeText("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\r\nx\ry")
        #expect(safe.pieces == [
            .text("KT. GIÁM ĐỐC"), .lineBreak, .text("PHÓ GIÁM ĐỐC"), .lineBreak, .text("x"), .lineBreak, .text("y"),
        ])
        #expect(safe.xml == "KT. GIÁM ĐỐC<text:line-break/>PHÓ GIÁM ĐỐC<text:line-break/>x<text:line-break/>y")
    }

    @Test func verticalTabAndFormFeedFromExcelAndWordBecomeLineBreaks() {
        #expect(SafeText("a\u{0B}b\u{0C}c").pieces == [.text("a"), .lineBreak, .text("b"), .lineBreak, .text("c")])
    }

    @Test func tabsBecomeTextTab() {
        #expect(SafeText("STT\tHọ tên").xml == "STT<text:tab/>Họ tên")
    }

    @Test func runsOfSpacesKeepTheirWidth() {
        // One plain space, then text:s for the rest: ODF collapses a run of plain spaces.
        #expect(SafeText("Số:      /KH-SYT").xml == #"Số: <text:s text:c="5"/>/KH-SYT"#)
        #expect(SafeText("a  b").xml == "a <text:s/>b")
        #expect(SafeText("a b").xml == "a b")
    }

    @Test func leadingSpacesAndSpacesAfterABreakAreKept() {
        #expect(SafeText("  a").xml == #"<text:s text:c="2"/>a"#)
        #expect(SafeText("a\n b").xml == "a<text:line-break/><text:s/>b")
        #expect(SafeText("a  ").plainText == "a  ")
    }

    @Test func otherControlCharactersAreDroppedAndNamed() {
        let safe = SafeText("Nguy\u{07}ễn\u{00} Văn\u{07} An\u{7F}")
        #expect(safe.plainText == "Nguyễn Văn An")
        #expect(safe.droppedCharacters == ["U+0007", "U+0000", "U+007F"])
    }

    @Test func textIsNormalisedToNFC() {
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} \u{0110}a\u{0300}o"  // NFD
        let safe = SafeText(decomposed)
        #expect(safe.plainText == "Nguyễn Thị Đào")
        #expect(safe.plainText.unicodeScalars.count == "Nguyễn Thị Đào".unicodeScalars.count)
    }

    @Test func emptyValueHasNoPieces() {
        #expect(SafeText("").pieces.isEmpty)
        #expect(SafeText("").xml == "")
    }
}
