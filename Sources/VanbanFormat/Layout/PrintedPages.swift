import Foundation

/// A PDF as it prints: each page's text lines with their boxes (`pdftotext -bbox-layout`) and its
/// drawn horizontal lines (strokes and thin filled rectangles of the page content, read from
/// `qpdf --qdf`). Coordinates in points from the page's top-left corner.
public struct PrintedPages: Sendable {
    public struct Box: Sendable {
        public var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        public var width: Double { xMax - xMin }
        public var centreX: Double { (xMin + xMax) / 2 }
        func union(_ other: Box) -> Box {
            Box(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin), xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
        }
    }

    /// A line of text as pdftotext groups it.
    public struct Line: Sendable {
        public var text: String
        public var box: Box
    }

    /// A horizontal drawn line from `x1` to `x2` at height `y`.
    public struct Rule: Sendable {
        public var x1: Double, x2: Double, y: Double
        public var length: Double { x2 - x1 }
        public var centreX: Double { (x1 + x2) / 2 }
    }

    public struct Page: Sendable {
        public var width: Double, height: Double
        public var lines: [Line]
        public var rules: [Rule]

        /// The drawn lines that start below `box` within `distance` points and overlap it across.
        public func rules(under box: Box, within distance: Double = 14) -> [Rule] {
            rules.filter { $0.y > box.yMax - 4 && $0.y < box.yMax + distance && $0.x2 > box.xMin && $0.x1 < box.xMax }
        }
    }

    public let pages: [Page]

    public init(pages: [Page]) {
        self.pages = pages
    }

    /// Reads a PDF with `pdftotext` and `qpdf` (poppler-utils, qpdf).
    public init(pdf: URL) throws(FormatError) {
        let layout = try Tool.run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf.path, "-"], file: pdf)
        var pages: [Page] = []
        for pageChunk in layout.components(separatedBy: "<page ").dropFirst() {
            let width = Self.number("width", in: pageChunk) ?? 0, height = Self.number("height", in: pageChunk) ?? 0
            var lines: [Line] = []
            for lineChunk in pageChunk.components(separatedBy: "<line ").dropFirst() {
                var words: [(String, Box)] = []
                for wordChunk in lineChunk.components(separatedBy: "<word ").dropFirst() {
                    guard let xMin = Self.number("xMin", in: wordChunk), let yMin = Self.number("yMin", in: wordChunk),
                        let xMax = Self.number("xMax", in: wordChunk), let yMax = Self.number("yMax", in: wordChunk),
                        let start = wordChunk.firstIndex(of: ">"), let end = wordChunk.range(of: "</word>")
                    else { continue }
                    let text = String(wordChunk[wordChunk.index(after: start)..<end.lowerBound])
                        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                    words.append((text, Box(xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)))
                }
                guard let first = words.first else { continue }
                lines.append(Line(text: words.map(\.0).joined(separator: " ").precomposedStringWithCanonicalMapping,
                                  box: words.dropFirst().reduce(first.1) { $0.union($1.1) }))
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

    /// The horizontal lines of each page's content stream (``ContentRules``).
    static func rules(_ pdf: URL, heights: [Double]) throws(FormatError) -> [[Rule]] {
        let qdf = pdf.deletingPathExtension().appendingPathExtension("qdf.pdf")
        defer { try? FileManager.default.removeItem(at: qdf) }
        _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path], file: pdf)
        guard let data = try? Data(contentsOf: qdf) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        var result: [[Rule]] = []
        for (index, chunk) in text.components(separatedBy: "%% Contents for page ").dropFirst().enumerated() {
            guard let start = chunk.range(of: "stream\n"), let end = chunk.range(of: "\nendstream") else { result.append([]); continue }
            let height = index < heights.count ? heights[index] : 842
            result.append(ContentRules.rules(in: String(chunk[start.upperBound..<end.lowerBound]), pageHeight: height))
        }
        return result
    }
}
