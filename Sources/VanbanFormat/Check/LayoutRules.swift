import Foundation

/// What is measured on the printed pages: each paragraph's page, the lines under the agency, the
/// Tiêu ngữ and the trích yếu (Phụ lục I, mục III.1, III.2, III.5), and the page numbers
/// (mục II.7: from page 2, centred in the top margin, none on page 1).
enum LayoutRules {
    /// The page each paragraph prints on (from 1), by finding its first words in order.
    static func pages(of document: FormattedDocument, in printed: PrintedPages) -> [Int?] {
        let lines = printed.pages.enumerated().flatMap { page, content in content.lines.map { (page + 1, squeeze($0.text)) } }
        var cursor = 0
        return document.paragraphs.map { paragraph in
            let words = paragraph.printedText.split(separator: " ").prefix(4).joined(separator: " ")
            guard words.count >= 3 else { return nil }
            for index in cursor..<lines.count where lines[index].1.contains(words) {
                cursor = index
                return lines[index].0
            }
            for index in 0..<min(cursor, lines.count) where lines[index].1.contains(words) {
                return lines[index].0
            }
            return nil
        }
    }

    static func squeeze(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func check(_ document: RecognisedDocument, printed: PrintedPages, pages: [Int?]) -> [Finding] {
        var findings: [Finding] = []
        let third: Double = 1.0 / 3
        // (part, its paragraph, the share of the text the line takes, the level when it is missing)
        var lines: [(Part, Int?, ClosedRange<Double>, Finding.Level)] = [
            (.coQuanBanHanh, document.parts[.coQuanBanHanh]?.last, third...0.5, .error),
            (.tieuNgu, document.parts[.tieuNgu]?.last, 0.9...1.1, .error),
        ]
        if document.kind != .congVan, document.kind != .unknown {
            lines.append((.trichYeu, document.parts[.trichYeu]?.last, third...0.5, .error))
        }
        // "(Kèm theo …)" of a phụ lục: no length in the decree, practice is the trích yếu's (SPEC §8).
        if let note = document.parts[.phuLuc]?.first(where: { document.document.paragraphs[$0].squeezedText.hasPrefix("(Kèm theo") }) {
            lines.append((.phuLuc, note, third...0.5, .warning))
        }
        for (part, paragraphIndex, ratio, missingLevel) in lines {
            guard let last = paragraphIndex else { continue }
            let paragraph = document.document.paragraphs[last]
            let page = pages[last] ?? 1
            guard page - 1 < printed.pages.count else { continue }
            let content = printed.pages[page - 1]
            let text = squeeze(paragraph.printedText)
            // The printed line that ends the paragraph: the lowest line that is a tail of its text.
            let tails = content.lines.filter { line in
                let printed = squeeze(line.text)
                return !printed.isEmpty && text.hasSuffix(printed) && printed.count >= min(3, text.count)
            }
            guard let line = tails.min(by: { $0.box.yMin < $1.box.yMin }) else { continue }
            // A paragraph on several lines: its longest line (SPEC §8), the lines just above the last.
            var width = content.lines.filter { other in
                let printed = squeeze(other.text)
                return printed.count >= 3 && text.contains(printed) && other.box.yMax <= line.box.yMax + 1
                    && other.box.yMin >= line.box.yMin - 60 && other.box.xMax > line.box.xMin && other.box.xMin < line.box.xMax
            }.map(\.box.width).max() ?? line.box.width
            if part == .coQuanBanHanh {
                // Two-line names: the longest line (SPEC §8).
                for index in document.parts[part] ?? [] {
                    let other = squeeze(document.document.paragraphs[index].printedText)
                    if let match = content.lines.first(where: { squeeze($0.text) == other }) { width = max(width, match.box.width) }
                }
            }
            let rules = content.rules(under: line.box, within: 16)
            var finding = Finding(part: part, rule: .lineUnder, page: page, text: VietnameseText.start(paragraph.squeezedText), found: "", expected: "")
            finding.paragraph = last
            guard let rule = rules.first else {
                finding.level = missingLevel
                finding.found = "không có đường kẻ"
                finding.expected = part == .tieuNgu ? "đường kẻ liền dài bằng dòng chữ" : "đường kẻ liền dài 1/3–1/2 dòng chữ"
                findings.append(finding)
                continue
            }
            let tolerance = PrintedPagesUnits.millimetre / max(width, 1)
            let share = rule.length / max(width, 1)
            if share < ratio.lowerBound - tolerance || share > ratio.upperBound + tolerance {
                finding.rule = .lineLength
                finding.level = .warning
                finding.found = String(format: "%.0f%% dòng chữ (%.0f mm)", share * 100, rule.length / PrintedPagesUnits.millimetre)
                finding.expected = part == .tieuNgu ? "bằng dòng chữ" : "1/3–1/2 dòng chữ"
                findings.append(finding)
            }
        }
        findings += pageNumbers(printed)
        return findings
    }

    /// Page numbers: a number alone in the top margin (above 30 mm). Page 1 shows none; each
    /// later page shows its number. A phụ lục is numbered on its own (SPEC §1): its first page,
    /// the one that starts with "Phụ lục …" or "(Kèm theo …)", shows none and the count restarts.
    static func pageNumbers(_ printed: PrintedPages) -> [Finding] {
        var findings: [Finding] = []
        var expected = 1
        for (index, page) in printed.pages.enumerated() {
            // A number alone ("2", "- 2 -") above every other line of the page, within 30 mm of its top.
            func number(_ line: PrintedPages.Line) -> Int? { Int(line.text.trimmingCharacters(in: CharacterSet(charactersIn: " -–—"))) }
            let textTop = page.lines.filter { number($0) == nil }.map(\.box.yMin).min() ?? page.height
            let shown = page.lines.first { number($0) != nil && $0.box.yMax < 30 * PrintedPagesUnits.millimetre && $0.box.yMax <= textTop + 1 }
            let opening = page.lines.sorted { $0.box.yMin < $1.box.yMin }.prefix(6).map(\.text)
            let startsAnnex = index > 0 && opening.contains { $0.hasPrefix("(Kèm theo") || $0.lowercased().hasPrefix("phụ lục") }
            if index == 0 || (startsAnnex && shown == nil) {
                if let shown {
                    findings.append(Finding(part: .soTrang, rule: .pageNumberFirstPage, page: index + 1, found: "số trang \(shown.text)",
                                            expected: "không đánh số trang thứ nhất"))
                }
                expected = 2
                continue
            }
            defer { expected += 1 }
            guard let shown, number(shown) == expected else {
                findings.append(Finding(part: .soTrang, rule: .pageNumberMissing, page: index + 1,
                                        found: shown.map { "số \($0.text)" } ?? "không có số trang",
                                        expected: "số \(expected) ở giữa lề trên"))
                continue
            }
            let offset = abs(shown.box.centreX - page.width / 2)
            // Centred on the paper or on the text area (margins 30/15 move it by about 7.5 mm).
            if offset > 12 * PrintedPagesUnits.millimetre {
                findings.append(Finding(part: .soTrang, rule: .pageNumberPlace, page: index + 1,
                                        found: String(format: "lệch %.0f mm khỏi giữa trang", offset / PrintedPagesUnits.millimetre),
                                        expected: "ở giữa lề trên"))
            }
        }
        return findings
    }
}

/// Units of the printed page.
enum PrintedPagesUnits {
    /// Points in a millimetre.
    static let millimetre = 72 / 25.4
}
