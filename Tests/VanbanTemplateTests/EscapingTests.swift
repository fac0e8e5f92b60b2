import Testing
import VanbanODF
@testable import VanbanTemplate

/// The fast paths of ODF values write what SafeText writes.
@Suite struct EscapingTests {
    @Test(arguments: ["Nguyễn Thị Đào", "Công ty A & B <TNHH>", "\"Trích\" 'dẫn'", "x<y>z&amp;", "", "Đơn vị số 7",
                      "  hai dấu cách", "cuối ", "dòng\nmới", "tab\tở giữa", "chuông\u{07}", "e\u{301} tách dấu",
                      "2021–2025 • “kép” ≥ 9 ≠ 10 → đạt…", "\u{2329}góc\u{232A}"])
    func theFastPathWritesWhatSafeTextWrites(_ value: String) {
        var output: [UInt8] = []
        var dropped: [String] = []
        Escaping.odf.append(value, escaped: true, to: &output, dropped: &dropped)
        let safe = SafeText(value)
        #expect(String(decoding: output, as: UTF8.self) == safe.xml)
        #expect(dropped == safe.droppedCharacters)
    }

    @Test func onlyEntitiesKeepTheFastPath() {
        #expect(Escaping.plainness("Nguyễn Thị Đào") == .plain)
        #expect(Escaping.plainness("A & B") == .withEntities)
        #expect(Escaping.plainness("A  B") == nil)
        #expect(Escaping.plainness("A\nB") == nil)
    }
}
