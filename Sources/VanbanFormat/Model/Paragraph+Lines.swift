extension Paragraph {
    /// The paragraph cut at its line breaks (Shift+Enter in Word, Ctrl+Enter… in LibreOffice):
    /// clerks often type the Quốc hiệu and the Tiêu ngữ, or the two agency lines, as one paragraph
    /// broken in two, and each line is a part of its own. Each piece keeps the paragraph's
    /// properties; only the first keeps a page break before it.
    var lines: [Paragraph] {
        guard runs.contains(where: { $0.text.contains("\n") }) else { return [self] }
        var pieces: [[TextRun]] = [[]]
        for run in runs {
            let parts = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { pieces.append([]) }
                if !part.isEmpty { pieces[pieces.count - 1].append(TextRun(text: String(part), look: run.look)) }
            }
        }
        return pieces.enumerated().map { index, runs in
            var piece = self
            piece.runs = runs
            if index > 0 { piece.pageBreakBefore = false }
            // A drawing or a border belongs under the paragraph's last line.
            if index < pieces.count - 1 {
                piece.bottomBorder = false
                piece.hasDrawing = false
            }
            return piece
        }
    }
}
