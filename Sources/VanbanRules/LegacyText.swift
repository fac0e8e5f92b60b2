import Foundation

/// Vietnamese typed with the pre-Unicode fonts still found in old spreadsheets and documents.
public enum LegacyEncoding: String, Sendable, CaseIterable {
    /// TCVN3 (ABC), fonts `.VnTime`, `.VnArial`: `Céng hoµ x· héi`.
    case tcvn3 = "TCVN3"
    /// VNI-Windows, fonts `VNI-Times`: `Coäng hoøa xaõ hoäi`.
    case vni = "VNI-Windows"
}

/// Detects text typed in a legacy Vietnamese font (and so read as Windows-1252 letters) and
/// converts it to Unicode NFC. The conversion tables are data: `legacy-tcvn3.json`,
/// `legacy-vni.json`.
public enum LegacyText {
    struct Table {
        /// Unicode letter → legacy characters.
        let encode: [Character: String]
        /// Legacy characters (one or two) → Unicode letter.
        let decode: [String: Character]
    }

    private struct File: Decodable { let characters: [String: String] }

    static func load(_ name: String) -> Table {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { fatalError("vanban: the bundled \(name).json is missing or broken") }
        var encode: [Character: String] = [:]
        var decode: [String: Character] = [:]
        for (letter, legacy) in file.characters {
            let character = Character(letter.precomposedStringWithCanonicalMapping)
            encode[character] = legacy
            decode[legacy] = character
        }
        return Table(encode: encode, decode: decode)
    }

    static let tables: [LegacyEncoding: Table] = [.tcvn3: load("legacy-tcvn3"), .vni: load("legacy-vni")]

    /// Latin-1 letters that Vietnamese in Unicode uses; every other Latin-1 character in a
    /// word is a sign of a legacy font.
    private static let vietnameseLatin1 = Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars)

    private static func isSuspicious(_ scalar: Unicode.Scalar) -> Bool {
        (0xA1...0xFF).contains(scalar.value) && !vietnameseLatin1.contains(scalar)
    }

    /// Whether the text already holds Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ…ỹ).
    private static func hasUnicodeVietnamese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0].contains($0.value)
                || (0x1EA0...0x1EF9).contains($0.value)
        }
    }

    /// Text that is NFC already and cannot be legacy: ASCII, the Latin-1 letters Vietnamese
    /// uses, precomposed letters; no combining mark and no Latin-1 sign of a legacy font.
    static func isPlainUnicode(_ text: String) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlainUnicode(bytes:)) { return plain }
        return text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// ``isPlainUnicode(_:)`` read from the UTF-8 bytes.
    private static func isPlainUnicode(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Walk.all(bytes) { $0 < 0x80 || isPlain($0) }
    }

    @inline(__always)
    private static func isPlain(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x80, 0x100...0x1B0, 0x1EA0...0x1EF9, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF:
            // Dashes, quotes, bullets, arrows, ≥ ≠ …: no legacy font types them, and NFC
            // leaves them as they are.
            return true
        case 0xC0...0xFF:
            return vietnameseLatin1Bits & (1 << UInt64(scalar - 0xC0)) != 0
        default:
            return false
        }
    }

    /// ``vietnameseLatin1`` as bits over U+00C0…U+00FF, for the fast path.
    private static let vietnameseLatin1Bits: UInt64 = vietnameseLatin1.reduce(0) { bits, scalar in
        (0xC0...0xFF).contains(scalar.value) ? bits | 1 << UInt64(scalar.value - 0xC0) : bits
    }

    /// The legacy encoding `text` seems typed in, or `nil` when it reads as Unicode.
    public static func detect(_ text: String) -> LegacyEncoding? {
        let text = text.precomposedStringWithCanonicalMapping
        guard !hasUnicodeVietnamese(text) else { return nil }
        let characters = Array(text)
        var hits = 0
        for (index, character) in characters.enumerated() {
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                isSuspicious(scalar), tables[.tcvn3]!.decode[String(character)] != nil
                    || tables[.vni]!.decode[String(character)] != nil
            else { continue }
            let before = index > 0 && characters[index - 1].isLetter
            let after = index + 1 < characters.count && characters[index + 1].isLetter
            if before || after { hits += 1 }
        }
        let vniPairs = zip(characters, characters.dropFirst()).filter { pair in
            pair.0.isASCII && tables[.vni]!.decode[String([pair.0, pair.1])] != nil
        }.count
        // Only a Latin-1 sign that Vietnamese never uses (µ, ¸, ä, ø, …) inside a word is
        // evidence: "Hoàng", "hoà", "Thuý" hold vowel pairs that look like VNI but are Unicode.
        guard hits > 0 else { return nil }
        let tcvnLeft = leftovers(decode(text, from: .tcvn3))
        let vniLeft = leftovers(decode(text, from: .vni))
        if vniLeft != tcvnLeft { return vniLeft < tcvnLeft ? .vni : .tcvn3 }
        return vniPairs > 0 ? .vni : .tcvn3
    }

    private static func leftovers(_ text: String) -> Int {
        text.unicodeScalars.filter(isSuspicious).count
    }

    /// Converts legacy text to Unicode NFC. In TCVN3, a word whose plain letters are all capitals
    /// was typed with an upper-case font (`.VnTimeH`) and is made upper case whole.
    public static func decode(_ text: String, from encoding: LegacyEncoding) -> String {
        let table = tables[encoding]!
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if index + 1 < characters.count,
                let letter = table.decode[String([characters[index], characters[index + 1]])]
            {
                result.append(letter)
                index += 2
            } else if let letter = table.decode[String(characters[index])] {
                result.append(letter)
                index += 1
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        if encoding == .tcvn3 {
            result = upperCaseFontWords(result)
        }
        return result.precomposedStringWithCanonicalMapping
    }

    /// Text typed with a capitals font (`.VnTimeH`) uses the small letters' codes for toned
    /// vowels: a text whose plain letters are all capitals is made upper case whole; otherwise
    /// each word with at least two plain letters, all capitals.
    private static func upperCaseFontWords(_ text: String) -> String {
        func plainLetters(_ text: Substring) -> [Character] { text.filter { $0.isASCII && $0.isLetter } }
        let all = plainLetters(text[...])
        if all.count >= 2 && all.allSatisfy(\.isUppercase) { return text.uppercased() }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let plain = plainLetters(word)
            return plain.count >= 2 && plain.allSatisfy(\.isUppercase) ? word.uppercased() : String(word)
        }.joined(separator: " ")
    }

    /// Unicode text as a legacy font would hold it (for tests and for offices that still need it).
    /// TCVN3 has no code for capitals with a tone mark: they are written with the small letter's
    /// code, as for the `.VnTimeH` fonts.
    public static func encode(_ text: String, to encoding: LegacyEncoding) -> String {
        let table = tables[encoding]!
        var result = ""
        for character in text.precomposedStringWithCanonicalMapping {
            if let legacy = table.encode[character] {
                result += legacy
            } else if encoding == .tcvn3, let small = table.encode[Character(String(character).lowercased())] {
                result += small
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// NFC, and legacy text converted: what every reader applies to every value it reads.
    public static func normalize(_ text: String) -> (text: String, converted: LegacyEncoding?) {
        // The common case, checked without allocating: plain ASCII, or letters that are
        // already precomposed and none of the Latin-1 signs of a legacy font.
        if isPlainUnicode(text) {
            // Text of Latin-1 letters only could be a legacy font whose signs are also Vietnamese
            // letters ("Khoa Néi", "Nguyeãn"): its words tell.
            guard isLatin1Letters(text) else { return (text, nil) }
            return (spelled(text) ?? (text, nil))
        }
        let nfc = text.precomposedStringWithCanonicalMapping
        guard let encoding = detect(nfc) else { return spelled(nfc) ?? (nfc, nil) }
        return (decode(nfc, from: encoding), encoding)
    }

    /// Some letter past ASCII, none past Latin-1: what text typed in an 8-bit font reads as.
    private static func isLatin1Letters(_ text: String) -> Bool {
        var beyondASCII = false
        for byte in text.utf8 {
            if byte >= 0xC4 { return false }  // a lead byte of U+0100 and up
            if byte >= 0x80 { beyondASCII = true }
        }
        return beyondASCII
    }

    /// `text` decoded from the legacy font whose reading makes every word a Vietnamese syllable,
    /// when the text as it is has words that are none.
    private static func spelled(_ text: String) -> (text: String, converted: LegacyEncoding?)? {
        guard VietnameseSpelling.oddWords(in: text) > 0 else { return nil }
        for encoding in [LegacyEncoding.tcvn3, .vni] {
            let decoded = decode(text, from: encoding)
            if decoded != text, VietnameseSpelling.oddWords(in: decoded) == 0 { return (decoded, encoding) }
        }
        return nil
    }
}
