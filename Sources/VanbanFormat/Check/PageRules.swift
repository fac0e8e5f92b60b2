import Foundation

/// Paper and margins (Phụ lục I, mục II.1 and II.3), from the document's page setup, to ±1 mm.
enum PageRules {
    static let tolerance = 1.0

    /// A certificate is checked for its paper only (A4, either way round).
    static func check(_ page: PageSetup?, certificate: Bool = false) -> [Finding] {
        guard let page else { return [] }
        var findings: [Finding] = []
        let short = min(page.width, page.height), long = max(page.width, page.height)
        if abs(short - 210) > tolerance || abs(long - 297) > tolerance {
            findings.append(Finding(part: .trang, rule: .paper, found: "\(paperName(short, long)) \(mm(page.width)) × \(mm(page.height)) mm",
                                    expected: "A4 (210 × 297 mm)"))
        }
        if certificate { return findings }
        let margins: [(Rule, Double, ClosedRange<Double>)] = [
            (.marginTop, page.top, 20...25), (.marginBottom, page.bottom, 20...25),
            (.marginLeft, page.left, 30...35), (.marginRight, page.right, 15...20),
        ]
        for (rule, value, range) in margins
        where value < range.lowerBound - tolerance || value > range.upperBound + tolerance {
            findings.append(Finding(part: .trang, rule: rule, found: "\(mm(value)) mm",
                                    expected: "\(Int(range.lowerBound))–\(Int(range.upperBound)) mm"))
        }
        return findings
    }

    static func paperName(_ short: Double, _ long: Double) -> String {
        if abs(short - 215.9) < 1, abs(long - 279.4) < 1 { return "Letter" }
        if abs(short - 215.9) < 1, abs(long - 355.6) < 1 { return "Legal" }
        if abs(short - 148) < 1, abs(long - 210) < 1 { return "A5" }
        return "khổ"
    }

    /// Millimetres with one decimal when needed, Vietnamese decimal comma.
    static func mm(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))" : String(format: "%.1f", rounded).replacingOccurrences(of: ".", with: ",")
    }
}
