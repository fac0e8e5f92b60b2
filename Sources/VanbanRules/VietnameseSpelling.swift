import Foundation

/// Whether a word is spelt as a Vietnamese syllable can be: an initial consonant (or none), a
/// rhyme (vần) of the language, one tone mark. Used to tell text typed in a legacy font that
/// reads as odd Unicode ("Khoa Néi", "Nguyeãn") from real Vietnamese, word by word.
public enum VietnameseSpelling {
    /// Whether `word` (letters only, any case, any Unicode form) is a Vietnamese syllable.
    public static func isSyllable(_ word: String) -> Bool {
        var base = String.UnicodeScalarView()
        var tones = 0
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                base.append(Unicode.Scalar(UInt8(ascii: "A")...UInt8(ascii: "Z") ~= UInt8(scalar.value) ? scalar.value + 32 : scalar.value)!)
            } else if let (letter, tone) = Self.letters[scalar] {
                base.append(letter)
                if tone { tones += 1 }
            } else if toneMarks.contains(scalar.value) {
                tones += 1
            } else {
                base.append(scalar)
            }
        }
        guard tones <= 1 else { return false }
        let word = String(base)
        guard !word.isEmpty else { return false }
        for onset in onsets where word.hasPrefix(onset) {
            let rhyme = String(word.dropFirst(onset.count))
            if rhymes.contains(rhyme) { return true }
            // "gi" and "qu" give their vowel to the rhyme when nothing else follows ("gì", "quả").
            if (onset == "gi" || onset == "qu"), rhyme.isEmpty { return true }
        }
        return rhymes.contains(word)
    }

    /// How many of `text`'s words with a letter outside ASCII are not Vietnamese syllables.
    public static func oddWords(in text: String) -> Int {
        text.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.unicodeScalars.contains { !$0.isASCII } && !isSyllable(String(word))
        }.count
    }

    /// Every precomposed Vietnamese letter, lower-cased without its tone, and whether it had one:
    /// made once, so that a word is read without Foundation's normalisation.
    private static let letters: [Unicode.Scalar: (Unicode.Scalar, Bool)] = {
        var table: [Unicode.Scalar: (Unicode.Scalar, Bool)] = [:]
        for range in [0x00C0...0x01B0, 0x1EA0...0x1EF9] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                var base = String.UnicodeScalarView()
                var tone = false
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if toneMarks.contains(part.value) { tone = true } else { base.append(part) }
                }
                let composed = String(base).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let letter = composed.first { table[scalar] = (letter, tone) }
            }
        }
        return table
    }()

    /// Huyền, sắc, hỏi, ngã, nặng as combining marks.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// Initial consonants, longest first.
    private static let onsets = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]

    /// The rhymes of Vietnamese, without tone.
    private static let rhymes: Set<String> = [
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oăc", "oăm", "oăn",
        "oăng", "oăt", "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong", "ooc", "oong", "op", "ot",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uênh", "ui", "um", "un", "ung", "uơ", "uôc", "uôi",
        "uôm", "uôn", "uông", "uôt", "up", "ut", "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu", "uach", "uanh",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y", "yêm", "yên", "yêt", "yêu",
        // Place and people's names of the Central Highlands end in k (Đắk Lắk, Krông Búk).
        "ak", "ăk", "âk", "ek", "êk", "ik", "ok", "ôk", "ơk", "uk", "ưk", "oăk", "uôk", "iêk",
    ]
}
