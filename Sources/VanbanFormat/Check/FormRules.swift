import Foundation

/// The written forms of the thể thức: Tiêu ngữ, "Số: 05/QĐ-…", "ngày 05 tháng 01 năm 2025",
/// ký hiệu of the kind (Phụ lục III), KT./TM./TL./TUQ./Q., "Nơi nhận:" and "- Lưu: VT, …",
/// and the parts a document cannot do without.
enum FormRules {
    static func check(_ document: RecognisedDocument) -> [Finding] {
        var findings: [Finding] = []
        func text(_ index: Int) -> String { document.document.paragraphs[index].squeezedText }
        func add(_ part: Part, _ rule: Rule, _ index: Int?, _ found: String, _ expected: String, level: Finding.Level = .error) {
            var finding = Finding(part: part, rule: rule, level: level, text: index.map { VietnameseText.start(text($0)) } ?? "",
                                  found: found, expected: expected)
            finding.paragraph = index
            findings.append(finding)
        }

        // Parts a document must have.
        let required: [(Part, String)] = [
            (.quocHieu, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (.tieuNgu, "Độc lập - Tự do - Hạnh phúc"),
            (.coQuanBanHanh, "tên cơ quan ban hành"), (.soKyHieu, "Số: …/…"), (.diaDanhNgay, "…, ngày … tháng … năm …"),
            (.quyenHanChucVu, "quyền hạn, chức vụ người ký"), (.noiNhan, "Nơi nhận:"),
        ]
        for (part, expected) in required where document.parts[part] == nil && (!document.kind.isCertificate || part == .quocHieu || part == .tieuNgu) {
            add(part, .missing, nil, "không có", expected)
        }

        if let index = document.parts[.tieuNgu]?.first {
            let value = text(index)
            let dashed = value.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            if dashed != value, dashed == "Độc lập - Tự do - Hạnh phúc" {
                add(.tieuNgu, .tieuNguDash, index, value, "Độc lập - Tự do - Hạnh phúc", level: .warning)
            } else if dashed != "Độc lập - Tự do - Hạnh phúc" {
                add(.tieuNgu, .tieuNguForm, index, value, "Độc lập - Tự do - Hạnh phúc")
            }
        }

        if let index = document.parts[.soKyHieu]?.first {
            checkNumber(text(index), index: index, kind: document.kind, add: add)
        }

        if let index = document.parts[.diaDanhNgay]?.first {
            let value = text(index)
            let pattern = #"ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d*)"#
            if let match = value.range(of: pattern, options: .regularExpression) {
                let numbers = value[match].split(whereSeparator: { !$0.isNumber }).map(String.init)
                let parts = value[match].components(separatedBy: CharacterSet.decimalDigits.inverted).filter { !$0.isEmpty }
                if numbers.count == 3, parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]) {
                    let wantDay = String(format: "%02d", day)
                    let wantMonth = month <= 2 ? String(format: "%02d", month) : String(month)
                    if parts[0] != wantDay || parts[1] != wantMonth {
                        add(.diaDanhNgay, .dateForm, index, "ngày \(parts[0]) tháng \(parts[1])", "ngày \(wantDay) tháng \(wantMonth)")
                    }
                }
            }
        }

        if let index = document.parts[.quyenHanChucVu]?.first {
            let value = text(index)
            if let match = value.range(of: #"^(KT|TM|TL|TUQ|Q)(\s|,|:)"#, options: .regularExpression) {
                let prefix = value[match].trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
                add(.quyenHanChucVu, .authorityPrefix, index, String(value[match]).trimmingCharacters(in: .whitespaces), prefix + ".")
            }
        }

        if let index = document.parts[.hoTenNguoiKy]?.first {
            let value = text(index)
            if let match = value.range(of: #"^(TS|ThS|BS|CKI|CKII|PGS|GS|KS|DS|Ths|Bs)\.?(\s|\.)"#, options: .regularExpression) {
                add(.hoTenNguoiKy, .signerTitle, index, String(value[match]), "họ tên, không có học hàm, học vị")
            }
        }

        if let entries = document.parts[.noiNhan], let first = entries.first {
            if !text(first).hasPrefix("Nơi nhận:") {
                add(.noiNhan, .recipientsForm, first, text(first), "Nơi nhận:")
            }
            // Entries are paragraphs, or lines of one paragraph (line breaks), or follow the heading in its paragraph.
            var lines: [(index: Int, text: String)] = []
            for (position, index) in entries.enumerated() {
                var parts = document.document.paragraphs[index].text.split(separator: "\n").map {
                    $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                }
                if position == 0 { parts = Array(parts.dropFirst()) }
                lines += parts.filter { !$0.isEmpty }.map { (index, $0) }
            }
            if let bad = lines.first(where: { !$0.text.hasPrefix("-") && !$0.text.hasPrefix("+") }) {
                add(.noiNhan, .recipientsForm, bad.index, VietnameseText.start(bad.text, 20), "- …;")
            }
            let archive = lines.contains { $0.text.range(of: #"^-\s*Lưu\s*:?.*\bVT\b"#, options: .regularExpression) != nil }
            if !archive {
                add(.noiNhan, .archiveEntry, lines.last?.index ?? first, lines.last?.text ?? "không có", "- Lưu: VT, …")
            }
        }
        return findings
    }

    /// "Số: 05/QĐ-SYT": colon, no spaces, leading zero below 10, ký hiệu upper case and of the kind.
    static func checkNumber(_ value: String, index: Int, kind: DocumentKind,
                            add: (Part, Rule, Int?, String, String, Finding.Level) -> Void) {
        let pattern = #"^Số\s*(:?)\s*([0-9]*)\s*/\s*(\S+)$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value))
        else {
            add(.soKyHieu, .numberForm, index, value, "Số: 05/QĐ-…", .error)
            return
        }
        func group(_ number: Int) -> String {
            Range(match.range(at: number), in: value).map { String(value[$0]) } ?? ""
        }
        let colon = group(1), number = group(2), symbol = group(3)
        if colon.isEmpty || (!number.isEmpty && value.contains(" /")) || value.contains("/ ") {
            add(.soKyHieu, .numberForm, index, value, "Số: \(number.isEmpty ? "…" : number)/\(symbol)", .error)
        }
        if let value = Int(number), value < 10, number.count < 2 {
            add(.soKyHieu, .leadingZero, index, number, String(format: "%02d", value), .error)
        }
        if symbol.uppercased() != symbol, !symbol.contains("QyĐ"), !symbol.contains("CTr"), !symbol.contains("TTr"), !symbol.contains("TrS") {
            add(.soKyHieu, .numberForm, index, symbol, symbol.uppercased(), .error)
        }
        let first = symbol.split(separator: "-").first.map(String.init) ?? symbol
        if let abbreviation = kind.abbreviation, first.uppercased() != abbreviation.uppercased() {
            add(.soKyHieu, .symbolKind, index, first, "\(abbreviation) (\(kind.title.lowercased()))", .error)
        }
    }
}
