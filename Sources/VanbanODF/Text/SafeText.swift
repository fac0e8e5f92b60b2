import Foundation

/// A value made ready to stand inside an ODF paragraph: normalised to NFC, with the characters
/// that XML or ODF treat specially turned into what a reader expects to see.
///
/// - `\n` (and `\r\n`, `\r`), vertical tab and form feed (pasted from Excel or Word) → `text:line-break`
/// - `\t` → `text:tab`
/// - a run of spaces → one space and `text:s text:c="N"` for the rest (ODF collapses plain runs);
///   a space at the start of the value or after a break is always `text:s`
/// - other control characters (and U+FFFE, U+FFFF) are dropped, and named in ``droppedCharacters``
/// - `<`, `>`, `&`, `"`, `'` are escaped in ``xml``
public struct SafeText: Equatable, Sendable {
    /// One piece of paragraph content.
    public enum Piece: Equatable, Sendable {
        case text(String)
        case lineBreak
        case tab
        /// `text:s` standing for this many spaces.
        case spaces(Int)
    }

    /// The pieces, in order.
    public let pieces: [Piece]
    /// The control characters that were dropped, as `U+0007`, once each, in order of appearance.
    public let droppedCharacters: [String]

    /// The value made safe: NFC, control characters removed (and remembered).
    public init(_ value: String) {
        var pieces: [Piece] = []
        var dropped: [String] = []
        var text = ""
        var spaceRun = 0
        // Whether the next space would start a run that ODF would not show (value start, after a break).
        var atBoundary = true

        func flushSpaces() {
            guard spaceRun > 0 else { return }
            if atBoundary {
                if !text.isEmpty { pieces.append(.text(text)); text = "" }
                pieces.append(.spaces(spaceRun))
            } else {
                text.append(" ")
                if spaceRun > 1 {
                    pieces.append(.text(text)); text = ""
                    pieces.append(.spaces(spaceRun - 1))
                }
            }
            spaceRun = 0
        }
        func flushText() {
            flushSpaces()
            if !text.isEmpty { pieces.append(.text(text)); text = "" }
        }

        var previousWasCarriageReturn = false
        for scalar in value.precomposedStringWithCanonicalMapping.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case " ":
                spaceRun += 1
            case "\n" where previousWasCarriageReturn:
                continue
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}":
                flushText()
                pieces.append(.lineBreak)
                atBoundary = true
            case "\t":
                flushText()
                pieces.append(.tab)
                atBoundary = true
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let name = String(format: "U+%04X", scalar.value)
                    if !dropped.contains(name) { dropped.append(name) }
                    continue
                }
                flushSpaces()
                text.unicodeScalars.append(scalar)
                atBoundary = false
            }
        }
        flushText()
        self.pieces = pieces
        self.droppedCharacters = dropped
    }

    /// The XML to put inside a paragraph (text escaped; `text:` elements for breaks and spaces).
    /// The `text` prefix must be bound to the ODF text namespace where it is inserted.
    public var xml: String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += SafeText.escape(text)
            case .lineBreak: result += "<text:line-break/>"
            case .tab: result += "<text:tab/>"
            case .spaces(1): result += "<text:s/>"
            case .spaces(let count): result += "<text:s text:c=\"\(count)\"/>"
            }
        }
        return result
    }

    /// The text a reader sees (spaces and breaks as characters).
    public var plainText: String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .lineBreak: return "\n"
            case .tab: return "\t"
            case .spaces(let count): return String(repeating: " ", count: count)
            }
        }.joined()
    }

    /// XML-escapes text for element content and attribute values alike.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
