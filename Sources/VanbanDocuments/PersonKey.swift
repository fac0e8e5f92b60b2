import Foundation
import VanbanData

/// What makes two rows of a list the same person: the same name and unit once spaces, case,
/// Unicode form and invisible characters are set aside. Tone marks are significant (Hoa is not
/// Hòa, Tâm is not Tám), but not where a keyboard put them on the syllable (hoà and hòa, the
/// old and the new placement, are one name).
enum PersonKey {
    /// The key of `name` in `unit`.
    static func of(name: String, unit: String) -> String {
        folded(name) + "|" + folded(unit)
    }

    /// Lower case, single spaces, no invisible characters, each word's tone mark at its end.
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        var pendingSpace = false
        func endWord() {
            if let mark = tone { result.append(mark) }
            tone = nil
        }
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                endWord()
                pendingSpace = !result.isEmpty
                continue
            }
            if InvisibleCharacters.isInvisible(scalar) { continue }
            // H’Hen and H'Hen: one apostrophe however it was typed.
            if scalar.value == 0x2019 || scalar.value == 0x2018 || scalar.value == 0x02BC {
                result.append("'")
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            let (letters, mark) = parts(of: scalar)
            result.append(contentsOf: letters)
            if let mark { tone = mark }
        }
        endWord()
        return String(result)
    }

    /// A scalar lower-cased, as its letters (with their hats and horns, recomposed) and its tone mark.
    private static func parts(of scalar: Unicode.Scalar) -> ([Unicode.Scalar], Unicode.Scalar?) {
        if scalar.isASCII {
            let value = scalar.value
            return ([value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar], nil)
        }
        if let known = table[scalar] { return known }
        return decompose(scalar)
    }

    /// Every Vietnamese letter with its marks, decomposed once.
    private static let table: [Unicode.Scalar: ([Unicode.Scalar], Unicode.Scalar?)] = {
        var table: [Unicode.Scalar: ([Unicode.Scalar], Unicode.Scalar?)] = [:]
        for range in [0x00C0...0x01B0, 0x1EA0...0x1EF9] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[scalar] = decompose(scalar)
            }
        }
        return table
    }()

    private static func decompose(_ scalar: Unicode.Scalar) -> ([Unicode.Scalar], Unicode.Scalar?) {
        var letters = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(part.value) { tone = part } else { letters.append(part) }
        }
        return (Array(String(letters).precomposedStringWithCanonicalMapping.unicodeScalars), tone)
    }

    /// Huyền, sắc, ngã, hỏi, nặng as combining marks.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
}
