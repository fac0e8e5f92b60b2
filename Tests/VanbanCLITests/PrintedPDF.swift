import Foundation
import Testing
import VanbanTestSupport

/// A PDF as it prints: each page's words with their boxes (`pdftotext -bbox-layout`) and its
/// drawn straight lines (the page content's `m … l S` strokes and thin filled `re`
/// rectangles, read from `qpdf --qdf`). Coordinates in points, from the page's top-left corner.
struct PrintedPDF {
    struct Box: CustomStringConvertible {
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        var width: Double { xMax - xMin }
        var height: Double { yMax - yMin }
        var centreX: Double { (xMin + xMax) / 2 }
        var description: String { String(format: "(%.1f, %.1f)–(%.1f, %.1f)", xMin, yMin, xMax, yMax) }

        func union(_ other: Box) -> Box {
            Box(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin), xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
        }

        func intersects(_ other: Box) -> Bool {
            xMin < other.xMax && other.xMin < xMax && yMin < other.yMax && other.yMin < yMax
        }
    }

    struct Word { var text: String; var box: Box }

    /// A line of text as pdftotext groups it.
    struct Line {
        var words: [Word]
        var text: String { words.map(\.text).joined(separator: " ") }
        var box: Box { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }
        /// The glyph height of its tallest word (about 1.2 × the font size).
        var height: Double { words.map(\.box.height).max() ?? 0 }
    }

    /// A horizontal drawn line: from `x1` to `x2` at height `y`.
    struct Rule: CustomStringConvertible {
        var x1: Double, x2: Double, y: Double
        var length: Double { x2 - x1 }
        var centreX: Double { (x1 + x2) / 2 }
        var description: String { String(format: "%.1f–%.1f at %.1f", x1, x2, y) }
    }

    struct Page {
        var width: Double, height: Double
        var lines: [Line]
        var rules: [Rule]
        var words: [Word] { lines.flatMap(\.words) }

        /// The first line whose text starts with `prefix` (white space squeezed).
        func line(startingWith prefix: String) -> Line? {
            lines.first { $0.text.hasPrefix(prefix) }
        }

        /// The drawn lines that start below `box` within `distance` points and overlap it across.
        func rules(under box: Box, within distance: Double = 14) -> [Rule] {
            rules.filter { $0.y > box.yMax - 4 && $0.y < box.yMax + distance && $0.x2 > box.xMin && $0.x1 < box.xMax }
        }

        /// The printed text lines: lines whose glyphs are under 8 pt high are left out (until issue
        /// 28 the built-ins drew their header lines as underlined white 4–5 pt copies of the text;
        /// they are paragraph borders now, and the filter stays for documents made before).
        var printedLines: [Line] { lines.filter { $0.height >= 8 } }
    }

    let pages: [Page]

    /// Whether LibreOffice, poppler-utils and qpdf are installed.
    static var isAvailable: Bool { LibreOffice.isAvailable && Shell.which("qpdf") != nil }

    /// Why a printed-page test is skipped.
    static let missingNote: Comment = """
        SKIPPED: LibreOffice (soffice), poppler-utils (pdftotext) or qpdf is not installed; apt-get install -y \
        --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils qpdf
        """

    static let millimetre = 72 / 25.4

    init(_ pdf: URL) throws {
        let layout = try Shell.run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf.path, "-"]).output
        var pages: [Page] = []
        for pageChunk in layout.components(separatedBy: "<page ").dropFirst() {
            let width = Self.number("width", in: pageChunk) ?? 0, height = Self.number("height", in: pageChunk) ?? 0
            var lines: [Line] = []
            for lineChunk in pageChunk.components(separatedBy: "<line ").dropFirst() {
                var words: [Word] = []
                for wordChunk in lineChunk.components(separatedBy: "<word ").dropFirst() {
                    guard let xMin = Self.number("xMin", in: wordChunk), let yMin = Self.number("yMin", in: wordChunk),
                        let xMax = Self.number("xMax", in: wordChunk), let yMax = Self.number("yMax", in: wordChunk),
                        let start = wordChunk.firstIndex(of: ">"), let end = wordChunk.range(of: "</word>")
                    else { continue }
                    let text = String(wordChunk[wordChunk.index(after: start)..<end.lowerBound])
                        .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                    words.append(Word(text: text, box: Box(xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)))
                }
                if !words.isEmpty { lines.append(Line(words: words)) }
            }
            pages.append(Page(width: width, height: height, lines: lines, rules: []))
        }
        let rules = try Self.rules(pdf, heights: pages.map(\.height))
        for index in pages.indices where index < rules.count { pages[index].rules = rules[index] }
        self.pages = pages
    }

    static func number(_ attribute: String, in text: String) -> Double? {
        guard let range = text.range(of: "\(attribute)=\"") else { return nil }
        let rest = text[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }

    /// The horizontal lines of each page's content stream. Only translations and scales of
    /// `cm` are followed (LibreOffice draws underlines, borders and shapes so), and clipping
    /// rectangles (`re W n`): what a fixed-height table row hides is not printed.
    static func rules(_ pdf: URL, heights: [Double]) throws -> [[Rule]] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let qdf = folder.file("qdf.pdf")
        _ = try Shell.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        var result: [[Rule]] = []
        for (index, chunk) in text.components(separatedBy: "%% Contents for page ").dropFirst().enumerated() {
            guard let start = chunk.range(of: "stream\n"), let end = chunk.range(of: "\nendstream") else { result.append([]); continue }
            let height = index < heights.count ? heights[index] : 842
            result.append(rules(in: String(chunk[start.upperBound..<end.lowerBound]), pageHeight: height))
        }
        return result
    }

    static func rules(in content: String, pageHeight: Double) -> [Rule] {
        // Transform: a, d (scale), e, f (translation).
        typealias State = (a: Double, d: Double, e: Double, f: Double, clip: Box?)
        var matrix: State = (a: 1.0, d: 1.0, e: 0.0, f: 0.0, clip: nil)
        var stack: [State] = []
        var clipping = false
        var operands: [Double] = []
        var current: (Double, Double)?
        var segments: [(Double, Double, Double, Double)] = []
        var rectangles: [(Double, Double, Double, Double)] = []
        var found: [Rule] = []
        func point(_ x: Double, _ y: Double) -> (Double, Double) { (matrix.a * x + matrix.e, matrix.d * y + matrix.f) }
        var inText = false
        for token in content.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }) {
            if inText {
                if token == "ET" { inText = false }
                continue
            }
            if let value = Double(token) {
                operands.append(value)
                continue
            }
            switch token {
            case "BT": inText = true
            case "q": stack.append(matrix)
            case "Q": matrix = stack.popLast() ?? matrix
            case "cm" where operands.count >= 6:
                let n = operands.suffix(6).map { $0 }
                matrix = (a: matrix.a * n[0], d: matrix.d * n[3], e: matrix.a * n[4] + matrix.e, f: matrix.d * n[5] + matrix.f, clip: matrix.clip)
            case "m" where operands.count >= 2:
                current = point(operands[operands.count - 2], operands[operands.count - 1])
            case "l" where operands.count >= 2:
                let next = point(operands[operands.count - 2], operands[operands.count - 1])
                if let from = current { segments.append((from.0, from.1, next.0, next.1)) }
                current = next
            case "re" where operands.count >= 4:
                let n = operands.suffix(4).map { $0 }
                let origin = point(n[0], n[1])
                rectangles.append((origin.0, origin.1, n[2] * matrix.a, n[3] * matrix.d))
            case "S", "s":
                for (x1, y1, x2, y2) in segments where abs(y1 - y2) < 0.5 && abs(x2 - x1) > 2 {
                    if let rule = visible(Rule(x1: min(x1, x2), x2: max(x1, x2), y: y1), clip: matrix.clip) { found.append(rule) }
                }
                segments = []
                rectangles = []
            case "f", "f*", "F", "B", "b":
                for (x, y, width, height) in rectangles where abs(height) < 2.5 && abs(width) > 2 {
                    let left = min(x, x + width)
                    if let rule = visible(Rule(x1: left, x2: left + abs(width), y: y + height / 2), clip: matrix.clip) { found.append(rule) }
                }
                segments = []
                rectangles = []
            case "W", "W*":
                clipping = true
            case "n":
                if clipping, let (x, y, width, height) = rectangles.last {
                    let box = Box(xMin: min(x, x + width), yMin: min(y, y + height), xMax: max(x, x + width), yMax: max(y, y + height))
                    if let clip = matrix.clip {
                        matrix.clip = Box(xMin: max(clip.xMin, box.xMin), yMin: max(clip.yMin, box.yMin),
                                          xMax: min(clip.xMax, box.xMax), yMax: min(clip.yMax, box.yMax))
                    } else {
                        matrix.clip = box
                    }
                }
                clipping = false
                segments = []
                rectangles = []
            default:
                break
            }
            operands = []
        }
        return found.map { Rule(x1: $0.x1, x2: $0.x2, y: pageHeight - $0.y) }.sorted { ($0.y, $0.x1) < ($1.y, $1.x1) }
    }

    /// The part of a rule (page coordinates, origin bottom-left) inside the clip, if any.
    static func visible(_ rule: Rule, clip: Box?) -> Rule? {
        guard let clip else { return rule }
        guard rule.y >= clip.yMin - 0.5, rule.y <= clip.yMax + 0.5 else { return nil }
        let x1 = max(rule.x1, clip.xMin), x2 = min(rule.x2, clip.xMax)
        return x2 - x1 > 2 ? Rule(x1: x1, x2: x2, y: rule.y) : nil
    }
}
