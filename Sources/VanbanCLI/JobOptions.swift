import ArgumentParser
import Foundation
import VanbanDocuments
import VanbanODF
import VanbanPipeline

/// The options `tao` and `hang-loat` share.
struct JobOptions: ParsableArguments {
    func validate() throws {
        if continuousNumbering && restartNumbering {
            throw ValidationError("chọn một: --danh-so-lien hoặc --danh-so-lai.")
        }
        if let bad = columns.first(where: { Self.columnHeading($0) == nil }) {
            throw ValidationError("--cot \"\(bad)\": viết dạng truong=\"Tên cột\", ví dụ --cot ho_ten=\"Họ và tên khai sinh\".")
        }
        if let offset, (try? BlankProfile.Offset(parsing: offset)) == nil {
            throw ValidationError("--lech \"\(offset)\": viết hai số mm X,Y, ví dụ 2,-1.5.")
        }
        if let headerRow, headerRow < 1 { throw ValidationError("--dong-tieu-de: số dòng từ 1 trở lên.") }
    }

    /// `ho_ten="Họ và tên"` → (`ho_ten`, `Họ và tên`).
    static func columnHeading(_ text: String) -> (field: String, heading: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let field = text[..<equals].trimmingCharacters(in: .whitespaces)
        let heading = text[text.index(after: equals)...].trimmingCharacters(in: CharacterSet(charactersIn: " \"“”"))
        guard !field.isEmpty, !heading.isEmpty else { return nil }
        return (field, heading.precomposedStringWithCanonicalMapping)
    }

    @Option(name: [.customLong("dinh-dang"), .customLong("format")],
            help: ArgumentHelp("fodt, odt, pdf hoặc docx (pdf, docx cần LibreOffice). Mặc định: theo đuôi tệp kết quả, không có thì fodt.",
                               valueName: "dinh-dang"))
    var format: OutputFormat?

    @Flag(name: [.customLong("cho-phep-thieu"), .customLong("allow-missing")],
          help: "Trường thiếu trong dữ liệu thì để trống, không báo lỗi.")
    var allowMissing = false

    @Option(name: [.customLong("trang-tinh"), .customLong("sheet")],
            help: ArgumentHelp("Trang tính của danh sách .xlsx/.ods (mặc định: trang đầu).", valueName: "ten"))
    var sheet: String?

    @Option(name: [.customLong("dong-tieu-de"), .customLong("header-row")],
            help: ArgumentHelp("Dòng tiêu đề (tên các cột) của danh sách, khi vanban không tự tìm đúng (đếm như Excel: dòng 1, 2…).",
                               valueName: "so"))
    var headerRow: Int?

    @Option(name: [.customLong("cot"), .customLong("column")],
            help: ArgumentHelp("Cột nào điền trường nào, khi tên cột lạ: --cot ho_ten=\"Họ và tên khai sinh\" (dùng nhiều lần được).",
                               valueName: "truong=Tên cột"))
    var columns: [String] = []

    @Option(name: [.customLong("bang-ma"), .customLong("encoding")],
            help: ArgumentHelp("Bảng mã của tệp CSV/TXT: utf-8, utf-16, windows-1258 (mặc định: tự nhận ra).", valueName: "bang-ma"))
    var encoding: String?

    @Flag(name: [.customLong("cho-phep-trung"), .customLong("allow-duplicates")],
          help: "Danh sách khen thưởng được có cùng một người (cùng họ tên, đơn vị) hai lần.")
    var allowDuplicates = false

    @Flag(name: [.customLong("theo-so-tien-danh-sach"), .customLong("list-amounts")],
          help: "Quyết định khen thưởng lấy số tiền ghi trong danh sách (đã được duyệt) thay cho mức của nghị định; tổng cộng là tổng của danh sách.")
    var keepListAmounts = false

    @Option(name: [.customLong("lech"), .customLong("offset")],
            help: ArgumentHelp("In lên phôi: dời mọi trường X,Y mm (sang phải, xuống dưới), ví dụ 2,-1.5; đo bằng vanban phoi thu.",
                               valueName: "x,y"))
    var offset: String?

    @Flag(name: [.customLong("mot-tep"), .customLong("one-file")], help: "Tất cả vào một tệp, mỗi bản ghi một trang.")
    var oneFile = false

    @Flag(name: [.customLong("danh-so-lien"), .customLong("continuous-numbering")],
          help: "Với --mot-tep: đánh số trang liền một mạch qua mọi bản ghi (mặc định: số trang của mỗi bản ghi bắt đầu lại từ 1).")
    var continuousNumbering = false

    @Flag(name: [.customLong("danh-so-lai"), .customLong("restart-numbering")],
          help: ArgumentHelp("Với --mot-tep: số trang của mỗi bản ghi bắt đầu lại từ 1 (mặc định).", visibility: .hidden))
    var restartNumbering = false

    /// The job's layout for one file with a page per record (each record's pages numbered
    /// from 1 unless `--danh-so-lien`), or `otherwise`.
    func layout(otherwise: Job.Layout) -> Job.Layout {
        oneFile ? .allInOne(restartNumbering: !continuousNumbering) : otherwise
    }

    /// The format asked: `--dinh-dang`, else the one `output`'s extension names.
    func format(named output: String?) -> OutputFormat? {
        format ?? output.flatMap { OutputFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
    }

    /// Sets the job's options from these.
    func apply(to job: inout Job) {
        job.format = format
        job.allowMissing = allowMissing
        job.sheet = sheet
        job.headerRow = headerRow
        job.encoding = encoding
        job.allowDuplicates = allowDuplicates
        job.keepListAmounts = keepListAmounts
        job.blankOffset = offset.flatMap { try? BlankProfile.Offset(parsing: $0) }
        for column in columns {
            if let (field, heading) = Self.columnHeading(column) { job.columnHeadings[field] = heading }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
