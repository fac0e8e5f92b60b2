import Testing
import VanbanRules

/// Words that are Vietnamese syllables and words that are a legacy font read as Unicode.
@Suite struct VietnameseSpellingTests {
    @Test(arguments: ["Nguyễn", "Thị", "Hòa", "hoà", "Khuê", "quốc", "gì", "Trần", "Điều", "dưỡng", "Nhung", "Thủy", "Thúy", "tỉnh",
                      "NGUYỄN", "Xã", "Thuận", "Đắk", "Lắk"])
    func aVietnameseSyllable(word: String) {
        #expect(VietnameseSpelling.isSyllable(word))
    }

    @Test(arguments: ["Néi", "Nguyeãn", "Vaên", "Baùc", "Traàn", "§iÒu"])
    func aLegacyFontReadAsUnicode(word: String) {
        #expect(VietnameseSpelling.oddWords(in: word) == 1)
    }

    @Test func legacyTextIsReadWordByWord() {
        #expect(LegacyText.normalize("Khoa Néi").text == "Khoa Nội")
        #expect(LegacyText.normalize("Nguyeãn Vaên An").text == "Nguyễn Văn An")
        // Unicode that only uses Latin-1 letters stays as it is.
        #expect(LegacyText.normalize("Lê Hà").converted == nil)
        #expect(LegacyText.normalize("Cá nhân").text == "Cá nhân")
    }
}
