/// What is wrong with one spreadsheet cell.
public enum CellProblem: Sendable, Equatable {
    /// A shared-text cell whose index is not in the workbook's shared strings (or there are none).
    case missingSharedString(index: String)
    /// A formula saved without its last computed value.
    case formulaWithoutValue
    /// A cell reference vanban cannot place (`AAAAAAAAAAAAAAAAAAAA1`, past column XFD).
    case badReference(String)
    /// A date cell whose number is not a day on the calendar.
    case badDate(String)
    /// A repeat count (`table:number-columns-repeated`, `…-rows-repeated`) below 1 or not a number.
    case badRepeat(String)
    /// A formula whose result is an error (`#N/A`, `#REF!`).
    case formulaError(String)

    var text: String {
        switch self {
        case .missingSharedString(let index):
            return "trỏ tới chữ dùng chung số \(index) nhưng tệp không có chữ đó; tệp có thể bị hỏng. "
                + "Hãy mở bằng Excel hoặc LibreOffice Calc và lưu lại."
        case .formulaWithoutValue:
            return "công thức chưa được tính (tệp không lưu kết quả). "
                + "Hãy mở bằng Excel hoặc LibreOffice Calc, để bảng tính tính lại rồi lưu lại."
        case .badReference(let reference):
            return "địa chỉ ô \"\(reference)\" không hợp lệ (quá cột XFD hoặc quá dòng 1048576); tệp có thể bị hỏng."
        case .badDate(let value):
            return "ô kiểu ngày có giá trị \"\(value)\" không phải ngày trên lịch. Hãy sửa ô này hoặc đổi sang kiểu chữ."
        case .formulaError(let value):
            return "công thức cho kết quả lỗi \(value), không phải giá trị để in. Hãy sửa công thức (hoặc gõ giá trị) rồi lưu lại."
        case .badRepeat(let value):
            return "số lần lặp \"\(value)\" không hợp lệ; tệp có thể bị hỏng. Hãy mở bằng LibreOffice Calc và lưu lại."
        }
    }
}

/// A limit of what vanban reads from a spreadsheet.
public enum SheetLimit: Sendable, Equatable {
    /// Cells in the sheet (counting the empty ones before a filled cell in a row).
    case cells(max: Int)
    /// Bytes of shared text (`xl/sharedStrings.xml`).
    case sharedText(max: Int)
    /// Bytes of one cell's text.
    case cellText(max: Int)

    func text(_ value: Int) -> String {
        switch self {
        case .cells(let max):
            return "trang tính có hơn \(max) ô (đã đếm \(value)), quá giới hạn vanban đọc"
        case .sharedText(let max):
            return "phần chữ dùng chung quá lớn (hơn \(max) byte, đã đếm \(value)), quá giới hạn vanban đọc"
        case .cellText(let max):
            return "một ô có chữ dài hơn \(max) byte (đã đếm \(value)), quá giới hạn vanban đọc"
        }
    }

    /// The position of a cell as Excel names it: row 7, column 3 → `C7` (both 1-based).
    static func cellName(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return "\(letters)\(row)"
    }
}
