/// A rule of the thể thức a finding breaks, as the `--json` report names it. The Vietnamese
/// name and the Phụ lục I item are said by ``FindingText``.
public enum Rule: String, Sendable, CaseIterable, Codable {
    /// A part the document must have is not there.
    case missing
    case font
    case size
    case bold
    case notBold = "not_bold"
    case italic
    case uppercase
    case alignment
    /// "Độc lập - Tự do - Hạnh phúc": the words, capitals and spaced hyphens.
    case tieuNguForm = "tieu_ngu_form"
    /// Dashes (–, —) instead of hyphens in the Tiêu ngữ.
    case tieuNguDash = "tieu_ngu_dash"
    /// A solid line under the part on the printed page.
    case lineUnder = "line_under"
    case lineLength = "line_length"
    /// "Số: 05/QĐ-…": the colon, no spaces, an upper-case ký hiệu.
    case numberForm = "number_form"
    case leadingZero = "leading_zero"
    /// The ký hiệu's first letters name the document's kind (Phụ lục III).
    case symbolKind = "symbol_kind"
    /// "ngày 05 tháng 01 năm 2025".
    case dateForm = "date_form"
    /// KT., TM., TL., TUQ., Q. with their dot.
    case authorityPrefix = "authority_prefix"
    /// No title (TS., BS.) before the signer's name.
    case signerTitle = "signer_title"
    /// "Nơi nhận:" bold italic, entries starting "- ".
    case recipientsForm = "recipients_form"
    /// The last entry "- Lưu: VT, …".
    case archiveEntry = "archive_entry"
    case paper
    case marginTop = "margin_top"
    case marginBottom = "margin_bottom"
    case marginLeft = "margin_left"
    case marginRight = "margin_right"
    /// Page 1 shows no number.
    case pageNumberFirstPage = "page_number_first_page"
    /// Pages from 2 on show their number.
    case pageNumberMissing = "page_number_missing"
    /// Centred in the top margin.
    case pageNumberPlace = "page_number_place"
}
