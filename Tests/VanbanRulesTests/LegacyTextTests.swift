import Testing
import VanbanRules

@Suite struct LegacyTextTests {
    static let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    static let tones = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]

    /// Every Vietnamese vowel with every tone, and đ, as NFC letters.
    static var letters: [String] {
        vowels.flatMap { vowel in tones.map { (vowel + $0).precomposedStringWithCanonicalMapping } } + ["đ"]
    }

    @Test func knownTCVN3Text() {
        #expect(LegacyText.detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == .tcvn3)
        #expect(LegacyText.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", from: .tcvn3) == "Cộng hoà xã hội chủ nghĩa Việt Nam")
        #expect(LegacyText.decode("B\u{AD}êng Kh\u{AD}¬ng", from: .tcvn3) == "Bường Khương")
        #expect(LegacyText.normalize("Së Y tÕ §¾k L¾k").text == "Sở Y tế Đắk Lắk")
    }

    @Test func upperCaseFontWordsBecomeUpperCase() {
        #expect(LegacyText.decode("CéNG HßA X· HéI", from: .tcvn3) == "CỘNG HÒA XÃ HỘI")
    }

    @Test func knownVNIText() {
        #expect(LegacyText.detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == .vni)
        #expect(LegacyText.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", from: .vni) == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(LegacyText.normalize("Sôû Y teá Ñaék Laék").text == "Sở Y tế Đắk Lắk")
        #expect(LegacyText.normalize("COÄNG HOØA").text == "CỘNG HÒA")
    }

    @Test func everyLetterWithEveryToneRoundTrips() {
        for encoding in LegacyEncoding.allCases {
            for letter in Self.letters {
                let legacy = LegacyText.encode(letter, to: encoding)
                // Letters beyond Latin-1 must have a code of their own (VNI writes í, ì as themselves).
                #expect(legacy != letter || letter.unicodeScalars.first!.value < 0x100, "\(letter) has no \(encoding) code")
                #expect(LegacyText.decode(legacy, from: encoding) == letter, "\(encoding): \(letter)")
            }
        }
        for letter in Self.letters {
            let capital = letter.uppercased()
            #expect(LegacyText.decode(LegacyText.encode(capital, to: .vni), from: .vni) == capital, "VNI: \(capital)")
            // TCVN3 has no capitals with tones: a word in capitals comes back whole through the .VnTimeH rule.
            let word = "T" + capital + "N"
            #expect(LegacyText.decode(LegacyText.encode(word, to: .tcvn3), from: .tcvn3) == word, "TCVN3: \(word)")
        }
    }

    @Test func sentencesRoundTripAndAreDetected() {
        let sentences = ["Quyết định về việc tặng Giấy khen của Giám đốc Sở Y tế",
                         "Nguyễn Thị Đào, Trưởng phòng Tổ chức cán bộ",
                         "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum"]
        for sentence in sentences {
            for encoding in LegacyEncoding.allCases {
                let legacy = LegacyText.encode(sentence, to: encoding)
                #expect(LegacyText.detect(legacy) == encoding, "\(encoding): \(legacy)")
                #expect(LegacyText.normalize(legacy) == (sentence, encoding))
            }
        }
    }

    @Test func unicodeAndPlainTextAreLeftAlone() {
        // Vowel pairs that look like VNI (oà, uý, oè) are ordinary Unicode Vietnamese.
        for text in ["Sở Y tế Đắk Lắk", "Phòng TCCB", "56 × 9.000", "Café", "Hội trường A, 08:00", "25°C", "",
                     "Hoàng Minh Lan", "hoà", "Nguyễn Thị Thuý", "khoẻ", "Quý", "Hoà Bình", "thuở", "Toàn"] {
            #expect(LegacyText.detect(text) == nil, "\(text)")
            #expect(LegacyText.normalize(text) == (text, nil))
        }
    }

    @Test func decomposedUnicodeIsMadeNFC() {
        #expect(LegacyText.normalize("Nguye\u{0302}\u{0303}n").text == "Nguyễn")
    }
}

/// Punctuation and signs clerks paste (– “ ” • ≥ ≠ →) keep values on the fast path, as they are.
@Suite struct LegacyTextFastPathTests {
    @Test func signsAreReadAsUnicode() {
        let text = "Giai đoạn 2021–2025 • “Chiến sĩ thi đua” ≥ 9 ≠ 10 → đạt…"
        #expect(LegacyText.normalize(text).text == text)
        #expect(LegacyText.normalize(text).converted == nil)
    }
}
