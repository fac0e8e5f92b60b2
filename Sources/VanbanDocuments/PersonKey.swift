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

    /// Lower case, single spaces, no invisible characters, each syllable's tone mark at its end.
    static func folded(_ text: String) -> String {
        let visible = InvisibleCharacters.removed(from: text) ?? text
        let words = visible.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
        return words.map { word in
            // Decomposed, a syllable is its letters (with their hats and horns) and one tone mark.
            var letters = String.UnicodeScalarView()
            var tone: Unicode.Scalar?
            for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
                if toneMarks.contains(scalar.value) { tone = scalar } else { letters.append(scalar) }
            }
            return String(letters).precomposedStringWithCanonicalMapping + (tone.map { String(Character($0)) } ?? "")
        }.joined(separator: " ")
    }

    /// Huyền, sắc, ngã, hỏi, nặng as combining marks.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
}
