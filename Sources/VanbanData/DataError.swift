import Foundation
import VanbanODF
import VanbanRules

/// What went wrong while reading a data file.
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The bytes are not UTF-8 text.
    case notUTF8(path: String)
    /// A byte that is not UTF-8 text, at `line`:`column` (1-based).
    case notUTF8At(path: String, line: Int, column: Int)
    /// The file is larger than vanban accepts for data.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The YAML or JSON does not parse, at `line`:`column` (1-based).
    case syntax(path: String, line: Int, column: Int, problem: String)
    /// A construct vanban does not read (an alias, a non-text key).
    case unsupported(path: String, line: Int, column: Int, what: String)
    /// A spreadsheet's package (zip) or one of its XML parts is damaged or too large.
    case package(ODFError)
    /// A spreadsheet cell (`C7`) that cannot be read.
    case badCell(path: String, cell: String, problem: CellProblem)
    /// A spreadsheet past one of vanban's limits (cells, columns, shared text).
    case sheetTooLarge(path: String, limit: SheetLimit, value: Int)
    /// A YAML alias (`*name`), refused before anything is expanded.
    case alias(path: String, line: Int, column: Int)
    /// Lists and groups nested deeper than vanban reads.
    case tooDeep(path: String, line: Int, column: Int, limit: Int)

    // Lists: bytes and CSV.

    /// Bytes at `row` that are not text in the file's encoding (detected or forced).
    case invalidBytes(path: String, row: Int, encoding: TextEncoding)
    /// A quote opened in `row` and never closed before the end of the file.
    case unclosedQuote(path: String, row: Int)
    /// `row` fills `cells` cells where the header row has `columns` columns.
    case extraCells(path: String, row: Int, cells: Int, columns: Int)
    /// An encoding name (`--bang-ma`) vanban does not know.
    case unknownEncoding(name: String)

    // Lists: shape and columns.

    /// The list has no row that could be its header (an empty file or sheet).
    case noHeaderRow(path: String)
    /// The header row set by hand (`--dong-tieu-de`) is beyond the table or blank.
    case headerRowNotFound(path: String, row: Int, lastRow: Int)
    /// A row below the signature block (`signatureRow`) that looks like a record (it has a number in STT).
    case recordBelowSignature(path: String, row: Int, signatureRow: Int)
    /// A column set by hand (`--cot field="heading"`) that the header row does not have.
    case unknownHeading(path: String, field: String, heading: String, headings: [String])
    /// No column fills `field`, needed by every one of `records` records. `label` is the field's
    /// usual heading (`Đơn vị`), `nearest` the heading of the column that looks closest; `sheet`
    /// the sheet read, in a workbook of several.
    case missingColumn(path: String, sheet: String?, field: String, label: String?, records: Int, nearest: String?)
    /// No sheet `sheet` in the workbook, whose sheets are `sheets`.
    case unknownSheet(path: String, sheet: String, sheets: [String])
    /// No sheet of a workbook of several has a header row naming the template's fields.
    case noListSheet(path: String, sheets: [String])
    /// Cells of the column `heading` (filling `field`, which the template prints for every record)
    /// left empty, at `rows`.
    case emptyCells(path: String, heading: String, field: String, rows: [Int])
    /// Cells of a name column (`heading`) with no letter in them (a number, a date): the columns
    /// are shifted, or a value is in the wrong column.
    case notNames(path: String, heading: String, rows: [Int], texts: [String])
    /// A field that is each person's own (`ho_ten`, `so_so_vang`) given by the common data `path`
    /// and by no column of `list`: every document would print `value`.
    case ownFieldFromCommonData(path: String, field: String, label: String?, value: String, list: String)
    /// Values of the Giới tính column (`heading`) that are neither Nam nor Nữ (nor Ông, Bà), at `rows`.
    case unknownGenders(path: String, heading: String, rows: [Int], texts: [String])
    /// Rows whose name (column `heading`) is a cell merged down from the row above: one person over
    /// several rows, or several people under one name?
    case nameMergedOverRows(path: String, heading: String, rows: [Int])
    /// Names of `heading` written all in lower case.
    case lowercaseNames(path: String, heading: String, rows: [Int], texts: [String])
    /// Cells of `heading` with a "?" where a letter was (a CSV saved in a code page without Vietnamese).
    case lostLetters(path: String, heading: String, rows: [Int], texts: [String])
    /// Names in `heading` that start with a form of address or a title ("Ông", "Đ/c", "TS."), at `rows`.
    case titlesInNames(path: String, heading: String, rows: [Int], texts: [String])
    /// Names in `heading` that carry a note ("(đã chuyển công tác)"), at `rows`.
    case notesInNames(path: String, heading: String, rows: [Int], texts: [String])
    /// Rows under a section that takes them out of the list ("III. DỰ PHÒNG").
    case rowsUnderExcludedSection(path: String, section: String, rows: [Int])
    /// Rows whose own Đối tượng (`kinds`) is not their section's (`sections`).
    case kindContradictsSection(path: String, rows: [Int], kinds: [String], sections: [String])
    /// A list column (`heading`) filling a field (`field`) the common data (`commonPath`) gives too,
    /// as `value`: every document would print the column's value instead.
    case columnOverridesCommonData(path: String, heading: String, field: String, commonPath: String, value: String)
    /// Two columns or more (`headings`) for one field (`field`): which one is meant?
    case severalColumnsForOneField(path: String, field: String, headings: [String])
    /// Several sheets of a workbook hold a list that fits the template.
    case severalListSheets(path: String, sheets: [String])
    /// Rows whose award (column `heading`) is not the decision's (`award`).
    case awardDiffersFromDecision(path: String, heading: String, rows: [Int], texts: [String], award: String)
    /// Rows whose note (column `heading`) says the person is not proposed ("Rút khỏi danh sách").
    case withdrawnInNotes(path: String, heading: String, rows: [Int], texts: [String])
    /// Số sổ vàng of the list (column `heading`) that are not the ones the decision gives.
    case listNumbersDiffer(path: String, heading: String, rows: [Int], listed: [String], given: [String])
    /// A money column (`heading`) counted in thousands ("nghìn đồng"), or amounts too small to be đồng.
    case amountsNotInDong(path: String, heading: String, rows: [Int])
    /// Amounts of `heading` five times the decree's or more, or a fifth or less (a zero too many or too few).
    case amountsFarFromDecree(path: String, heading: String, rows: [Int])
    /// Rows marked Tập thể that have a chức vụ (a person marked Tập thể by a slip).
    case collectiveWithTitle(path: String, rows: [Int], names: [String])
    /// Rows whose Giới tính says one thing and the name another (Nam for "… Thị …", Nữ for "… Văn …").
    case genderContradictsName(path: String, heading: String, rows: [Int], texts: [String])
    /// Rows of a sheet shown struck through: taken out by the clerk, or not?
    case struckRows(path: String, rows: [Int])
    /// Fields of a data file the template prints that are empty.
    case emptyFields(path: String, fields: [String])

    // Lists: values.

    /// Cells of a money column (`heading`) that are not a whole number of đồng: their rows and text.
    case unreadableAmounts(path: String, heading: String, rows: [Int], texts: [String])

    // Lists that would make a wrong decision.

    /// A list without a single record.
    case emptyList(path: String)
    /// An award list without a column that tells tập thể from cá nhân, and no `doi_tuong_chung`.
    case noRecipientKindColumn(path: String, records: Int)
    /// Values of the recipient-kind column (`heading`) that are neither Tập thể nor Cá nhân.
    case unknownRecipientKinds(path: String, heading: String, rows: [Int], texts: [String])
    /// Records without a name in the name column (`heading`).
    case missingNames(path: String, heading: String, rows: [Int])
    /// Amounts of the list's money column (`heading`) that are not the decree's: at `rows`, the
    /// list's (`listed`) and the decree's (`decreed`).
    case listAmountsDiffer(path: String, heading: String, rows: [Int], listed: [Decimal], decreed: [Decimal])
    /// The same person (same name and unit after normalising) at each of `rows`.
    case duplicateRecipient(path: String, name: String, unit: String, rows: [Int])
    /// Several problems, each its own line.
    case several([DataError])

    /// Most row numbers a message lists; the rest are counted.
    static let rowsShown = 10
    /// Most lines one error prints.
    static let linesShown = 10

    /// The problem in Vietnamese, with its file, row and column where known.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): không tìm thấy tệp dữ liệu. Kiểm tra lại đường dẫn và tên tệp."
        case .unreadable(let path, let reason):
            return "\(path): không đọc được tệp dữ liệu (\(reason))."
        case .notUTF8At(let path, let line, let column):
            return "\(path):\(line):\(column): có byte không phải chữ UTF-8 ở đây. Hãy lưu lại tệp với bảng mã UTF-8 (Unicode), "
                + "hoặc gõ lại chữ ở chỗ này."
        case .notUTF8(let path):
            return "\(path): tệp dữ liệu không phải văn bản UTF-8. Hãy lưu lại với bảng mã UTF-8 (Unicode)."
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): tệp dữ liệu quá lớn (\(bytes) byte, tối đa \(limit) byte)."
        case .syntax(let path, let line, let column, let problem):
            return "\(path):\(line):\(column): sai cú pháp: \(problem). "
                + "Kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng tab) và dấu ngoặc kép ở dòng này."
        case .unsupported(let path, let line, let column, let what):
            return "\(path):\(line):\(column): vanban không đọc được \(what)."
        case .invalidBytes(let path, let row, let encoding):
            return "\(path), dòng \(row): có byte không phải chữ trong bảng mã \(encoding.displayName). "
                + "Mở tệp, sửa dòng này, lưu lại (CSV UTF-8), hoặc chọn bảng mã bằng --bang-ma."
        case .unclosedQuote(let path, let row):
            return "\(path), dòng \(row): dấu ngoặc kép mở ở dòng này không được đóng đến cuối tệp."
        case .extraCells(let path, let row, let cells, let columns):
            if path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".ods") {
                let cell = SheetLimit.cellName(row: row, column: cells)
                return "\(path), dòng \(row): ô \(cell) có giá trị nhưng cột của nó không có tên cột (bảng có \(columns) cột). "
                    + "Đặt tên cho cột đó, hoặc chuyển ghi chú ra ngoài bảng (xóa ô \(cell))."
            }
            return "\(path), dòng \(row): có \(cells) ô, nhiều hơn \(columns) cột của dòng tiêu đề. "
                + "Kiểm tra dấu phân cách trong ô (đặt ô trong ngoặc kép) hoặc thêm tên cột."
        case .unknownEncoding(let name):
            return "không biết bảng mã \"\(name)\". Các bảng mã: \(TextEncoding.knownNames.joined(separator: ", "))."
        case .noHeaderRow(let path):
            return "\(path): danh sách trống, không có dòng tiêu đề (tên các cột)."
        case .headerRowNotFound(let path, let row, let lastRow):
            return "\(path): dòng tiêu đề \(row) trống hoặc không có (bảng có \(lastRow) dòng)."
        case .recordBelowSignature(let path, let row, let signatureRow):
            return "\(path), dòng \(row): dòng có số thứ tự nằm dưới phần ký tên (dòng \(signatureRow)). "
                + "Chuyển dòng này lên trong bảng hoặc xóa phần ký tên khỏi tệp danh sách."
        case .unknownHeading(let path, let field, let heading, let headings):
            return "\(path): không có cột \"\(heading)\" cho trường \"\(field)\". Các cột: "
                + headings.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", ") + "."
        case .missingColumn(let path, let sheet, let field, let label, let records, let nearest):
            return "thiếu cột cho trường \"\(field)\"\(label.map { " (\($0))" } ?? "") — "
                + (records == 1 ? "dòng duy nhất" : "cả \(records) dòng") + " của \(path)"
                + (sheet.map { ", trang «\($0)»" } ?? "")
                + (nearest.map { "; cột gần nhất: \"\($0)\"" } ?? "")
                + ". Thêm cột, ghép cột bằng --cot \(field)=\"tên cột\", hoặc đặt trường trong --du-lieu-chung."
        case .unreadableAmounts(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "ô")) không phải số tiền đồng chẵn ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" }) + "). Viết như 25.000 hoặc 25000."
        case .unknownSheet(let path, let sheet, let sheets):
            return "\(path): không có trang tính «\(sheet)». Các trang: " + sheets.map { "«\($0)»" }.joined(separator: ", ")
                + ". Chọn trang bằng --trang-tinh \"Tên trang\"."
        case .noListSheet(let path, let sheets):
            return "\(path): không trang tính nào có dòng tên cột khớp với các trường của mẫu (các trang: "
                + sheets.map { "«\($0)»" }.joined(separator: ", ") + "). Chọn trang có danh sách bằng --trang-tinh \"Tên trang\"."
        case .emptyCells(let path, let heading, _, let rows):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "ô")) để trống ("
                + Self.listed(rows.map { "dòng \($0)" }) + ") mà mẫu in giá trị này cho mọi người. "
                + "Điền vào các ô đó; nếu được để trống thì mẫu phải đánh dấu trường này là không bắt buộc."
        case .notNames(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "ô")) không có chữ nào ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" })
                + "): cột bị lệch, hay công thức không tìm thấy giá trị? Kiểm tra và gõ lại các ô đó."
        case .ownFieldFromCommonData(let path, let field, let label, let value, let list):
            return "\(path): \"\(label ?? field)\" là giá trị riêng của từng người, nhưng \(list) không có cột này "
                + "nên mọi văn bản sẽ in \"\(value)\". Thêm cột \"\(label ?? field)\" vào danh sách, hoặc bỏ trường này khỏi dữ liệu chung."
        case .unknownGenders(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) không ghi Nam hay Nữ ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" }) + "). Ghi Nam hoặc Nữ (hay Ông, Bà)."
        case .nameMergedOverRows(let path, let heading, let rows):
            return "\(path), cột \"\(heading)\": ô tên được gộp xuống \(Self.count(rows.count, "dòng")) bên dưới ("
                + Self.listed(rows.map { "dòng \($0)" }) + "): một người viết trên nhiều dòng sẽ thành nhiều người. "
                + "Bỏ gộp ô và viết mỗi người trên đúng một dòng."
        case .lowercaseNames(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "tên")) viết toàn chữ thường ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" }) + "). Viết hoa chữ cái đầu mỗi tiếng (Nguyễn Thị Đào)."
        case .lostLetters(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "ô")) có dấu ? thay cho chữ ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" })
                + "): tệp đã mất chữ có dấu khi lưu. Mở bảng tính gốc, lưu lại bằng \"CSV UTF-8\" (hoặc gửi tệp .xlsx)."
        case .titlesInNames(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "tên")) có danh xưng hoặc học hàm ở đầu ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" })
                + "); văn bản tự in danh xưng khi cần. Chỉ ghi họ và tên trong ô tên."
        case .notesInNames(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "tên")) có ghi chú kèm theo ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" })
                + "), sẽ được in cả vào văn bản. Xóa ghi chú khỏi ô tên (để ở cột Ghi chú), hoặc xóa dòng nếu người đó không còn trong danh sách."
        case .rowsUnderExcludedSection(let path, let section, let rows):
            return "\(path): \(Self.count(rows.count, "dòng")) nằm dưới mục «\(section)» (" + Self.listed(rows.map { "dòng \($0)" })
                + "), không phải người được đề nghị. Xóa các dòng đó hoặc chuyển sang trang khác rồi chạy lại."
        case .kindContradictsSection(let path, let rows, let kinds, let sections):
            return "\(path): \(Self.count(rows.count, "dòng")) ghi Đối tượng khác với mục chứa nó ("
                + Self.listed(zip(rows, zip(kinds, sections)).map { "dòng \($0.0): \"\($0.1.0)\" dưới mục \($0.1.1)" })
                + "). Sửa cột Đối tượng hoặc chuyển dòng sang đúng mục."
        case .columnOverridesCommonData(let path, let heading, let field, let commonPath, let value):
            return "\(path): cột \"\(heading)\" điền trường \"\(field)\", mà \(commonPath) đã ghi \"\(value)\": mỗi văn bản sẽ in "
                + "giá trị của cột thay cho giá trị chung. Đổi tên cột (ví dụ \"STT\", \"Ghi chú nội bộ\"), ghép cột đúng trường bằng "
                + "--cot, hoặc bỏ trường này khỏi \(commonPath)."
        case .severalColumnsForOneField(let path, let field, let headings):
            return "\(path): " + headings.map { "cột \"\($0)\"" }.joined(separator: ", ")
                + " cùng là \"\(field)\"; vanban không biết dùng cột nào. Xóa hoặc đổi tên cột thừa, hoặc chỉ định bằng --cot."
        case .severalListSheets(let path, let sheets):
            return "\(path): nhiều trang tính đều có danh sách (" + sheets.map { "«\($0)»" }.joined(separator: ", ")
                + "). Chọn trang bằng --trang-tinh \"Tên trang\"."
        case .awardDiffersFromDecision(let path, let heading, let rows, let texts, let award):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) ghi hình thức khác quyết định (\(award)): "
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" })
                + ". Tách các dòng đó sang danh sách của hình thức đúng."
        case .withdrawnInNotes(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) ghi người đó không được đề nghị ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" }) + "). Xóa các dòng đó khỏi danh sách rồi chạy lại."
        case .listNumbersDiffer(let path, let heading, let rows, let listed, let given):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) ghi số sổ vàng khác số quyết định cấp ("
                + Self.listed(zip(rows, zip(listed, given)).map { "dòng \($0.0): \($0.1.0), quyết định cấp \($0.1.1)" })
                + "). Ghi so_so_vang_dau đúng số đầu tiên trong dữ liệu của quyết định, hoặc sửa cột."
        case .amountsNotInDong(let path, let heading, let rows):
            return "\(path), cột \"\(heading)\": số tiền không tính bằng đồng (" + Self.listed(rows.map { "dòng \($0)" })
                + "). Ghi đủ số đồng (760.000, không phải 760 nghìn đồng)."
        case .amountsFarFromDecree(let path, let heading, let rows):
            return "\(path), cột \"\(heading)\": số tiền khác xa mức của nghị định, gấp năm lần trở lên hay chỉ bằng một phần năm ("
                + Self.listed(rows.map { "dòng \($0)" }) + "). Kiểm tra số 0 thừa hoặc thiếu."
        case .collectiveWithTitle(let path, let rows, let names):
            return "\(path): \(Self.count(rows.count, "dòng")) ghi Tập thể mà có chức vụ ("
                + Self.listed(zip(rows, names).map { "dòng \($0.0): \"\($0.1)\"" })
                + "): tập thể không có chức vụ. Sửa cột Đối tượng (Cá nhân) hoặc xóa chức vụ."
        case .genderContradictsName(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) ghi giới tính trái với tên ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \($0.1)" })
                + "). Kiểm tra cột Giới tính (có bị sắp xếp lệch với cột tên?)."
        case .struckRows(let path, let rows):
            return "\(path): \(Self.count(rows.count, "dòng")) bị gạch ngang (" + Self.listed(rows.map { "dòng \($0)" })
                + ") mà vẫn hiện trong danh sách. Xóa hoặc ẩn các dòng đã loại; nếu vẫn giữ thì bỏ gạch ngang."
        case .emptyFields(let path, let fields):
            return "\(path): " + fields.map { "\"\($0)\"" }.joined(separator: ", ")
                + (fields.count == 1 ? " để trống" : " để trống") + " mà mẫu in giá trị này. "
                + "Điền giá trị; nếu được để trống thì mẫu phải đánh dấu trường này là không bắt buộc."
        case .emptyList(let path):
            return "\(path): danh sách không có bản ghi nào (chỉ có dòng tiêu đề hoặc dòng trống)."
        case .noRecipientKindColumn(let path, let records):
            return "\(path): không có cột \"Đối tượng\" (Tập thể/Cá nhân) cho \(Self.count(records, "dòng")). "
                + "Thêm cột, hoặc ghi doi_tuong_chung: Cá nhân (hay Tập thể) trong dữ liệu chung nếu cả danh sách cùng một loại."
        case .unknownRecipientKinds(let path, let heading, let rows, let texts):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) không phải \"Tập thể\" hay \"Cá nhân\" ("
                + Self.listed(zip(rows, texts).map { "dòng \($0.0): \"\($0.1)\"" }) + ")."
        case .missingNames(let path, let heading, let rows):
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) không có tên ("
                + Self.listed(rows.map { "dòng \($0)" }) + "). Điền họ tên (hoặc tên tập thể), hoặc xóa dòng đó."
        case .listAmountsDiffer(let path, let heading, let rows, let listed, let decreed):
            let shown = zip(rows, zip(listed, decreed)).map { row, amounts in
                "dòng \(row): \(Money.format(amounts.0, unit: .dong)), theo nghị định \(Money.format(amounts.1, unit: .dong))"
            }
            return "\(path), cột \"\(heading)\": \(Self.count(rows.count, "dòng")) ghi số tiền khác mức của nghị định ("
                + Self.listed(shown) + "). Sửa danh sách, hoặc dùng --theo-so-tien-danh-sach nếu danh sách đã được duyệt với số tiền đó."
        case .duplicateRecipient(let path, let name, let unit, let rows):
            return "\(path): \"\(name)\"\(unit.isEmpty ? "" : " (\(unit))") có \(rows.count) lần, ở "
                + Self.listed(rows.map { "dòng \($0)" }) + ". Xóa dòng thừa, hoặc dùng --cho-phep-trung nếu đúng là nhiều lần."
        case .several(let errors):
            let lines = errors.map(\.description)
            guard lines.count > Self.linesShown else { return lines.joined(separator: "\n") }
            return (lines.prefix(Self.linesShown - 1) + ["… và \(lines.count - Self.linesShown + 1) lỗi nữa cùng loại."])
                .joined(separator: "\n")
        case .package(let error):
            return error.description
        case .badCell(let path, let cell, let problem):
            return "\(path): ô \(cell): \(problem.text)"
        case .sheetTooLarge(let path, let limit, let value):
            return "\(path): \(limit.text(value)). Hãy chép danh sách sang một bảng tính mới chỉ gồm các dòng, cột cần dùng."
        case .alias(let path, let line, let column):
            return "\(path):\(line):\(column): vanban không đọc bí danh YAML (*tên); hãy viết đầy đủ giá trị ở chỗ này."
        case .tooDeep(let path, let line, let column, let limit):
            return "\(path):\(line):\(column): danh sách, nhóm lồng nhau quá \(limit) tầng; hãy bớt tầng lồng."
        }
    }

    /// `3 dòng`, with the Vietnamese count word.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)" }

    /// Items joined by commas, the first ``rowsShown`` of them, then how many more.
    static func listed(_ items: [String]) -> String {
        guard items.count > rowsShown else { return items.joined(separator: ", ") }
        return items.prefix(rowsShown).joined(separator: ", ") + " và \(items.count - rowsShown) dòng khác"
    }
}
