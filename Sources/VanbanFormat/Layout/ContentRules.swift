/// The horizontal lines a PDF page's content stream draws: `m … l S` strokes and thin filled
/// `re` rectangles. Only translations and scales of `cm` are followed (LibreOffice draws
/// underlines, borders and shapes so), and clipping rectangles (`re W n`): what a fixed-height
/// table row hides is not printed.
enum ContentRules {
    static func rules(in content: String, pageHeight: Double) -> [PrintedPages.Rule] {
        // Transform: a, d (scale), e, f (translation).
        typealias State = (a: Double, d: Double, e: Double, f: Double, clip: PrintedPages.Box?)
        var matrix: State = (a: 1.0, d: 1.0, e: 0.0, f: 0.0, clip: nil)
        var stack: [State] = []
        var clipping = false
        var operands: [Double] = []
        var current: (Double, Double)?
        var segments: [(Double, Double, Double, Double)] = []
        var rectangles: [(Double, Double, Double, Double)] = []
        var found: [PrintedPages.Rule] = []
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
                    if let rule = visible(PrintedPages.Rule(x1: min(x1, x2), x2: max(x1, x2), y: y1), clip: matrix.clip) { found.append(rule) }
                }
                segments = []
                rectangles = []
            case "f", "f*", "F", "B", "b":
                for (x, y, width, height) in rectangles where abs(height) < 2.5 && abs(width) > 2 {
                    let left = min(x, x + width)
                    if let rule = visible(PrintedPages.Rule(x1: left, x2: left + abs(width), y: y + height / 2), clip: matrix.clip) { found.append(rule) }
                }
                segments = []
                rectangles = []
            case "W", "W*":
                clipping = true
            case "n":
                if clipping, let (x, y, width, height) = rectangles.last {
                    let box = PrintedPages.Box(xMin: min(x, x + width), yMin: min(y, y + height), xMax: max(x, x + width), yMax: max(y, y + height))
                    if let clip = matrix.clip {
                        matrix.clip = PrintedPages.Box(xMin: max(clip.xMin, box.xMin), yMin: max(clip.yMin, box.yMin),
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
        return found.map { PrintedPages.Rule(x1: $0.x1, x2: $0.x2, y: pageHeight - $0.y) }.sorted { ($0.y, $0.x1) < ($1.y, $1.x1) }
    }

    /// The part of a rule (page coordinates, origin bottom-left) inside the clip, if any.
    static func visible(_ rule: PrintedPages.Rule, clip: PrintedPages.Box?) -> PrintedPages.Rule? {
        guard let clip else { return rule }
        guard rule.y >= clip.yMin - 0.5, rule.y <= clip.yMax + 0.5 else { return nil }
        let x1 = max(rule.x1, clip.xMin), x2 = min(rule.x2, clip.xMax)
        return x2 - x1 > 2 ? PrintedPages.Rule(x1: x1, x2: x2, y: rule.y) : nil
    }
}
