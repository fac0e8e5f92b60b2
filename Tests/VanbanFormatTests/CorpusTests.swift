import Foundation
import Testing
import VanbanFormat
import VanbanTestSupport

/// The corpus (Fixtures/corpus, made by scripts/make-format-corpus.py): documents made the way
/// clerks make them, in Word (python-docx) and LibreOffice, correct ones and ones with one
/// seeded defect each; `expected.tsv` names each defect's part and rule.
@Suite(.serialized) struct CorpusTests {
    struct Case: CustomStringConvertible, Sendable {
        let file: String
        /// The part and rule of the seeded defect; `nil` for a correct document.
        let defect: (part: Part, rule: Rule)?
        var description: String { file }
        /// Whether finding the defect needs the printed page.
        var needsPages: Bool { defect.map { [.lineUnder, .pageNumberFirstPage, .pageNumberMissing].contains($0.rule) } ?? false }
    }

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/corpus")

    static let cases: [Case] = {
        let table = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let defect = columns[1].isEmpty ? nil : (Part(rawValue: columns[1])!, Rule(rawValue: columns[2])!)
            return Case(file: columns[0], defect: defect)
        }
    }()

    static let measured = PagePrinter() != nil

    /// Every file checked once, with one LibreOffice run for all.
    static let reports: [String: FileReport] = {
        let results = FormatChecker(measurePages: measured).check(cases.map { folder.appendingPathComponent($0.file) })
        var reports: [String: FileReport] = [:]
        for (index, result) in results.enumerated() {
            if case .success(let report) = result { reports[cases[index].file] = report }
        }
        return reports
    }()

    @Test(arguments: cases)
    func seededDefectIsFoundAndNothingElseIsAnError(_ corpusCase: Case) throws {
        if corpusCase.needsPages && !Self.measured {
            print(PagePrinterNote.missing)
            return
        }
        let report = try #require(Self.reports[corpusCase.file], "\(corpusCase.file) was read")
        let errors = report.findings.filter { $0.level == .error }
        if let defect = corpusCase.defect {
            #expect(report.findings.contains { $0.part == defect.part && $0.rule == defect.rule },
                    "\(corpusCase.file): \(defect) found among \(report.findings.map { "\($0.part.rawValue)/\($0.rule.rawValue)" })")
            // The one defect may show in several parts (a body style the căn cứ inherits), never another rule.
            let others = errors.filter { $0.rule != defect.rule }
            #expect(others.isEmpty, "\(corpusCase.file): no other error: \(others.map { FindingText.line($0, file: corpusCase.file) })")
        } else {
            #expect(errors.isEmpty, "\(corpusCase.file): no error: \(errors.map { FindingText.line($0, file: corpusCase.file) })")
        }
    }

    /// The correct documents are recognised as their kind, with every part a văn thư looks for.
    @Test func correctDocumentsAreRecognised() throws {
        for corpusCase in Self.cases where corpusCase.defect == nil {
            let report = try #require(Self.reports[corpusCase.file])
            let kind = corpusCase.file.contains("kh-") ? "ke_hoach" : corpusCase.file.hasPrefix("cv-") ? "cong_van" : "quyet_dinh"
            #expect(report.kind == kind, "\(corpusCase.file)")
        }
    }

    /// En dashes in the Tiêu ngữ (Word's AutoCorrect) are a warning, not an error (SPEC §8).
    @Test func enDashTieuNguIsAWarning() throws {
        let report = try #require(Self.reports["qd-tieu-ngu-gach-ngang-dai.docx"])
        #expect(report.findings.contains { $0.rule == .tieuNguDash && $0.level == .warning })
    }

    /// Precision and recall of errors over the corpus: a true positive is the seeded defect
    /// reported as an error with its part and rule; an error of another rule is a false positive
    /// (the seeded defect seen again in a part that inherits the same style is not).
    @Test func precisionAndRecall() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for corpusCase in Self.cases where Self.measured || !corpusCase.needsPages {
            let report = try #require(Self.reports[corpusCase.file])
            let errors = report.findings.filter { $0.level == .error }
            if let defect = corpusCase.defect {
                let hit = errors.contains { $0.part == defect.part && $0.rule == defect.rule }
                if hit { truePositives += 1 } else { falseNegatives += 1 }
                falsePositives += errors.filter { $0.rule != defect.rule }.count
            } else {
                falsePositives += errors.count
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print(String(format: "thể thức corpus: %d files, %d seeded defects; precision %.2f, recall %.2f (TP %d, FP %d, FN %d), pages %@",
                     Self.cases.count, Self.cases.filter { $0.defect != nil }.count, precision, recall,
                     truePositives, falsePositives, falseNegatives, Self.measured ? "measured" : "not measured"))
        #expect(precision == 1 && recall == 1)
    }
}

enum PagePrinterNote {
    static let missing: Comment = """
        SKIPPED (printed-page rule): LibreOffice, poppler-utils or qpdf is not installed; apt-get install -y \
        --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils qpdf
        """
}
