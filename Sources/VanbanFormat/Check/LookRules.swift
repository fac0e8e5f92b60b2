/// Font, size, emphasis and case of each part (Phụ lục I, mục II.4, II.5 and III).
enum LookRules {
    /// What a part's text must look like. `nil` leaves a property unchecked.
    struct Expectation {
        var sizes: ClosedRange<Double>
        var bold: Bool?
        var italic: Bool?
        var uppercase = false
    }

    static func expectation(_ part: Part, kind: DocumentKind, first: Bool) -> Expectation? {
        switch part {
        case .quocHieu: return .init(sizes: 12...13, bold: true, uppercase: true)
        case .tieuNgu: return .init(sizes: 13...14, bold: true)
        case .coQuanChuQuan: return .init(sizes: 12...13, bold: false, uppercase: true)
        case .coQuanBanHanh: return .init(sizes: 12...13, bold: true, uppercase: true)
        case .soKyHieu: return .init(sizes: 13...13)
        case .diaDanhNgay: return .init(sizes: 13...14, italic: true)
        case .tenLoai: return .init(sizes: 13...14, bold: true, uppercase: true)
        case .trichYeu:
            return kind == .congVan ? .init(sizes: 12...13, bold: false) : .init(sizes: 13...14, bold: true)
        case .canCu: return .init(sizes: 13...14, italic: kind.citesBasis ? true : nil)
        case .noiDung: return .init(sizes: 13...14)
        case .quyenHanChucVu: return .init(sizes: 13...14, bold: true, uppercase: true)
        case .hoTenNguoiKy: return .init(sizes: 13...14, bold: true)
        case .noiNhan: return first ? .init(sizes: 12...12, bold: true, italic: true) : .init(sizes: 11...11, bold: false)
        case .phuLuc, .trang, .soTrang: return nil
        }
    }

    static let font = "Times New Roman"
    /// Sizes are compared to ±0.5 pt (SPEC §8).
    static let tolerance = 0.5

    static func check(_ document: RecognisedDocument) -> [Finding] {
        var findings: [Finding] = []
        // Certificates are decorative: their sizes follow the blank, not Phụ lục I.
        if document.kind.isCertificate { return [] }
        for part in Part.allCases {
            var reported: Set<Rule> = []
            for (position, index) in (document.parts[part] ?? []).enumerated() {
                let paragraph = document.document.paragraphs[index]
                // Tables inside the body (budgets, lists) follow their own practice.
                if part == .noiDung, paragraph.place.table != nil { continue }
                let runs = paragraph.visibleRuns
                guard !runs.isEmpty else { continue }
                func report(_ rule: Rule, _ found: String, _ expected: String, level: Finding.Level = .error) {
                    guard !reported.contains(rule) else { return }
                    reported.insert(rule)
                    var finding = Finding(part: part, rule: rule, level: level, text: VietnameseText.start(paragraph.squeezedText),
                                          found: found, expected: expected)
                    finding.paragraph = index
                    findings.append(finding)
                }
                if part != .phuLuc, let other = runs.first(where: { ($0.look.font.map { !isTimes($0) } ?? false) })?.look.font {
                    report(.font, other, font)
                }
                guard let expectation = expectation(part, kind: document.kind, first: position == 0) else { continue }
                let sizes = runs.compactMap(\.look.size)
                if let wrong = sizes.first(where: {
                    $0 < expectation.sizes.lowerBound - tolerance || $0 > expectation.sizes.upperBound + tolerance
                }) {
                    report(.size, points(wrong), range(expectation.sizes))
                }
                if expectation.bold == true, !runs.allSatisfy(\.look.bold) {
                    report(.bold, "không đậm", "chữ đậm")
                }
                if expectation.bold == false, runs.allSatisfy(\.look.bold) {
                    report(.notBold, "chữ đậm", "chữ không đậm")
                }
                if expectation.italic == true, !runs.allSatisfy(\.look.italic) {
                    report(.italic, "chữ đứng", "chữ nghiêng")
                }
                if expectation.uppercase, !VietnameseText.isUpper(paragraph.printedText) {
                    report(.uppercase, "có chữ thường", "chữ in hoa")
                }
            }
        }
        return findings
    }

    /// Times New Roman under any of its names (`Times New Roman`, `TimesNewRoman`,
    /// `Times New Roman (Body CS)`).
    static func isTimes(_ name: String) -> Bool {
        name.lowercased().replacingOccurrences(of: " ", with: "").hasPrefix("timesnewroman")
    }

    static func points(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) pt" : String(format: "%.1f pt", value).replacingOccurrences(of: ".", with: ",")
    }

    static func range(_ range: ClosedRange<Double>) -> String {
        range.lowerBound == range.upperBound ? points(range.lowerBound)
            : "\(Int(range.lowerBound))–\(Int(range.upperBound)) pt"
    }
}

import Foundation
