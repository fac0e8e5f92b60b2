import ArgumentParser
import Foundation
import VanbanODF
import VanbanPipeline

/// The options `tao` and `hang-loat` share.
struct JobOptions: ParsableArguments {
    func validate() throws {
        if continuousNumbering && restartNumbering {
            throw ValidationError("chọn một: --danh-so-lien hoặc --danh-so-lai.")
        }
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

    /// Sets the job's options from these.
    func apply(to job: inout Job) {
        job.format = format
        job.allowMissing = allowMissing
        job.sheet = sheet
    }
}

extension OutputFormat: ExpressibleByArgument {}
