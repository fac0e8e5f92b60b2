import Foundation

/// Assigns paragraphs to parts by their text and their place, the way a văn thư reads a page:
/// the Quốc hiệu and Tiêu ngữ by their words, the agency above "Số:", the tên loại among the
/// kinds of Phụ lục III, the signature block beside "Nơi nhận:".
enum PartRecogniser {
    static func recognise(_ document: FormattedDocument) -> RecognisedDocument {
        let paragraphs = document.paragraphs
        var parts: [Part: [Int]] = [:]
        var used: Set<Int> = []
        func assign(_ part: Part, _ indices: [Int]) {
            let fresh = indices.filter { !used.contains($0) }
            guard !fresh.isEmpty else { return }
            parts[part, default: []] += fresh
            used.formUnion(fresh)
        }
        let texts = paragraphs.map(\.squeezedText)
        func assignSigner(_ block: [Int]) {
            let titles = block.prefix { VietnameseText.isUpper(paragraphs[$0].printedText) }
            assign(.quyenHanChucVu, Array(titles))
            if let name = block.dropFirst(titles.count).first(where: { !VietnameseText.isUpper(paragraphs[$0].printedText) || texts[$0].count < 40 }) {
                assign(.hoTenNguoiKy, [name])
            }
        }

        let nonEmpty = paragraphs.indices.filter { !texts[$0].isEmpty }
        let headerLimit = nonEmpty.prefix(20)

        // Quốc hiệu, Tiêu ngữ.
        let quocHieu = headerLimit.first { VietnameseText.foldedUpper(texts[$0]) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }
        if let quocHieu { assign(.quocHieu, [quocHieu]) }
        let tieuNgu = headerLimit.first {
            let lower = texts[$0].lowercased()
            return lower.contains("độc lập") && lower.contains("hạnh phúc")
        }
        if let tieuNgu { assign(.tieuNgu, [tieuNgu]) }

        // Số, ký hiệu; địa danh và ngày.
        let so = headerLimit.first { texts[$0].hasPrefix("Số") && texts[$0].contains("/") && texts[$0].count < 60 }
        if let so { assign(.soKyHieu, [so]) }
        let date = headerLimit.first {
            !used.contains($0) && texts[$0].range(of: #",\s*ngày\b.*\btháng\b.*\bnăm\b"#, options: .regularExpression) != nil
        }
        if let date { assign(.diaDanhNgay, [date]) }

        // The agency: the lines above "Số:" in its column (or before it outside tables).
        if let so {
            let place = paragraphs[so].place
            let candidates = nonEmpty.filter { index in
                index < so && !used.contains(index)
                    && (place.table == nil ? true : paragraphs[index].place.table == place.table && paragraphs[index].place.column == place.column)
                    && VietnameseText.isUpper(paragraphs[index].printedText)
            }
            if let last = candidates.last {
                var banHanh = [last]
                var rest = Array(candidates.dropLast())
                while let previous = rest.last, paragraphs[previous].visibleRuns.allSatisfy(\.look.bold),
                    paragraphs[last].visibleRuns.allSatisfy(\.look.bold)
                {
                    banHanh.insert(previous, at: 0)
                    rest.removeLast()
                }
                assign(.coQuanChuQuan, rest)
                assign(.coQuanBanHanh, banHanh)
            }
        }

        // Tên loại, trích yếu.
        let headerEnd = [quocHieu, tieuNgu, so, date].compactMap { $0 }.max() ?? -1
        var kind = DocumentKind.unknown
        var bodyStart = headerEnd + 1
        if let title = nonEmpty.first(where: { $0 > headerEnd && DocumentKind.titled(paragraphs[$0].printedText) != nil }),
            title < headerEnd + 12
        {
            kind = DocumentKind.titled(paragraphs[title].printedText) ?? .unknown
            assign(.tenLoai, [title])
            var summary: [Int] = []
            for index in nonEmpty where index > title {
                let paragraph = paragraphs[index]
                guard summary.count < 3, paragraph.place.table == paragraphs[title].place.table || paragraph.place.table == nil,
                    !VietnameseText.isUpper(paragraph.printedText), !texts[index].hasPrefix("Căn cứ"), !texts[index].hasPrefix("Kính gửi")
                else { break }
                if !summary.isEmpty, !paragraph.visibleRuns.allSatisfy(\.look.bold) { break }
                summary.append(index)
            }
            assign(.trichYeu, summary)
            bodyStart = (summary.last ?? title) + 1
        } else if let vv = nonEmpty.first(where: { $0 > headerEnd - 3 && $0 < headerEnd + 6 && texts[$0].hasPrefix("V/v") }) {
            kind = .congVan
            assign(.trichYeu, [vv])
            bodyStart = max(headerEnd, vv) + 1
        }

        // A certificate: no số, its title GIẤY KHEN or BẰNG KHEN.
        if so == nil, let title = nonEmpty.first(where: { [DocumentKind.giayKhen.title, DocumentKind.bangKhen.title].contains(VietnameseText.foldedUpper(texts[$0])) }) {
            let kind: DocumentKind = VietnameseText.foldedUpper(texts[title]) == DocumentKind.giayKhen.title ? .giayKhen : .bangKhen
            return RecognisedDocument(document: document, kind: kind, parts: parts.filter { $0.key == .quocHieu || $0.key == .tieuNgu })
        }

        // Closing: nơi nhận and the signature block beside it.
        let noiNhan = nonEmpty.first { $0 >= bodyStart && texts[$0].hasPrefix("Nơi nhận") }
        var closingStart = paragraphs.count
        if let noiNhan {
            closingStart = noiNhan
            let place = paragraphs[noiNhan].place
            var entries = [noiNhan]
            var index = noiNhan + 1
            while index < paragraphs.count {
                let same = place.table != nil && paragraphs[index].place == place
                if place.table != nil ? !same : !(texts[index].hasPrefix("-") || texts[index].hasPrefix("+") || texts[index].isEmpty) { break }
                if !texts[index].isEmpty { entries.append(index) }
                index += 1
            }
            assign(.noiNhan, entries)
            if place.table != nil {
                let signer = nonEmpty.filter {
                    paragraphs[$0].place.table == place.table && paragraphs[$0].place.row == place.row
                        && paragraphs[$0].place.column != place.column && !used.contains($0)
                }
                assignSigner(signer)
            }
        }
        if parts[.quyenHanChucVu] == nil {
            let prefix = #"^(KT|TM|TL|TUQ|Q)\.?\s+\S"#
            if let first = nonEmpty.first(where: {
                $0 >= bodyStart && !used.contains($0) && VietnameseText.isUpper(texts[$0])
                    && texts[$0].range(of: prefix, options: .regularExpression) != nil
            }) {
                closingStart = min(closingStart, first)
                let block = nonEmpty.filter { $0 >= first && !used.contains($0) }.prefix(6)
                assignSigner(Array(block))
            }
        }
        // No table and no prefix: the first short upper-case paragraph after the body's "./.".
        if parts[.quyenHanChucVu] == nil,
            let bodyEnd = nonEmpty.last(where: { $0 >= bodyStart && $0 < closingStart && texts[$0].hasSuffix("/.") })
        {
            if let first = nonEmpty.first(where: {
                $0 > bodyEnd && !used.contains($0) && VietnameseText.isUpper(paragraphs[$0].printedText) && texts[$0].count <= 60
            }) {
                closingStart = min(closingStart, first)
                assignSigner(Array(nonEmpty.filter { $0 >= first && !used.contains($0) }.prefix(6)))
            }
        }

        // Căn cứ, nội dung, phụ lục.
        let closingEnd = [parts[.noiNhan]?.max(), parts[.hoTenNguoiKy]?.max(), parts[.quyenHanChucVu]?.max()].compactMap { $0 }.max()
        var canCu: [Int] = [], body: [Int] = [], annex: [Int] = []
        for index in nonEmpty where index >= bodyStart && !used.contains(index) {
            if let closingEnd, index > closingEnd {
                annex.append(index)
            } else if index < closingStart {
                let isBasis = texts[index].hasPrefix("Căn cứ") || texts[index].hasPrefix("Xét đề nghị") || texts[index].hasPrefix("Theo đề nghị")
                if kind.citesBasis, isBasis, body.isEmpty || canCu.last == index - 1 || body.allSatisfy({ VietnameseText.isUpper(texts[$0]) }) {
                    canCu.append(index)
                } else {
                    body.append(index)
                }
            }
        }
        assign(.canCu, canCu)
        assign(.noiDung, body)
        assign(.phuLuc, annex)
        return RecognisedDocument(document: document, kind: kind, parts: parts)
    }
}
