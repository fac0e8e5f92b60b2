import ArgumentParser
import Foundation
import VanbanPipeline

/// `vanban ghep-danh-muc THU_MUC...`: joins the lists of files of a batch's shards.
struct MergeShards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ghep-danh-muc",
        abstract: "Ghép danh mục tệp của các phần (hang-loat --phan K/N) và kiểm tra không thiếu, không trùng bản ghi nào.",
        discussion: """
            Mỗi phần của một lần tạo hàng loạt ghi danh mục vanban-ds.phan-K-N.tsv (số thứ tự,
            tệp, SHA-256). Lệnh này đọc danh mục của mọi phần trong các THU_MUC, kiểm tra mỗi bản
            ghi của danh sách có đúng một lần, rồi ghi vanban-ds.tsv vào thư mục đầu tiên (hoặc -o).

            Ví dụ:
              vanban hang-loat giay-khen ds.csv --phan 1/2 -o ra
              vanban hang-loat giay-khen ds.csv --phan 2/2 -o ra
              vanban ghep-danh-muc ra
            """,
        aliases: ["merge-shards"]
    )

    @Argument(help: ArgumentHelp("Các thư mục có danh mục của các phần.", valueName: "thu-muc"))
    var folders: [String]

    @Option(name: [.customShort("o"), .customLong("thu-muc"), .customLong("output")],
            help: ArgumentHelp("Thư mục ghi vanban-ds.tsv (mặc định: thư mục đầu tiên).", valueName: "thu-muc"))
    var output: String?

    func validate() throws {
        if folders.isEmpty { throw ValidationError("cần ít nhất một thư mục.") }
    }

    func run() throws {
        let urls = folders.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let target = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? urls[0]
        let merged = try BatchManifest.merge(urls, into: target)
        print(target.appendingPathComponent(BatchManifest.fileName).relativePath)
        Output.error("Đã ghép \(merged.lines.count)/\(merged.total) bản ghi, không thiếu, không trùng.")
    }
}
