import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// Why a job wrote nothing. Cases hold the stage's own error (which carries its place: the
/// template's line and paragraph, the data file's line and column) or the data of a problem
/// the job itself finds; ``description`` is the Vietnamese text, one line per problem.
public indirect enum JobError: Error, Equatable, CustomStringConvertible {
    /// The template could not be read or compiled.
    case template(TemplateError)
    /// A data file, list or common-data file could not be read.
    case data(DataError)
    /// The document's computation (award decision, plan budget) refused the data of `file`.
    case computation(DocumentsError, file: String)
    /// Records that cannot be rendered: each error names its record; `records` were checked.
    case records([TemplateError], records: Int)
    /// The file-name pattern (`--ten-tep`) does not compile.
    case fileNamePattern(TemplateError)
    /// A record's file name is empty, or longer than a file system allows (255 bytes a name).
    case badFileName(name: String, record: RecordPlace, bytes: Int)
    /// Writing failed (folder, disk, LibreOffice).
    case output(ODFError)
    /// One document was asked of data that is a list of `count` records.
    case dataIsAList(file: String, count: Int)
    /// A page per record was asked of data that is not a list.
    case dataIsNotAList(file: String)
    /// Data that must be fields (`ten: giá trị`) is something else: `role` names the input.
    case dataIsNotFields(file: String, role: InputRole)
    /// A list without records.
    case emptyList(file: String)
    /// Files grouped by a field no record has.
    case unknownGroupField(field: String, file: String, fields: [String], suggestion: String?)
    /// A batch or a page per record asked of a text template.
    case textTemplateInBatch(template: String)
    /// A text template asked for an ODF, PDF or DOCX output.
    case textTemplateFormat(template: String, format: OutputFormat)
    /// `--lech` for a template without its phôi positions beside it.
    case noBlankProfile(template: String, expected: String)
    /// A Word template asked for an ODF output.
    case wordTemplateFormat(template: String, format: OutputFormat)
    /// The output's name says one format and the format asked is another.
    case formatMismatch(file: String, named: String, format: OutputFormat)
    /// A shard's list of files that vanban cannot read.
    case badManifest(file: String)
    /// Shards of different lists: `file` says `total` records, the others `expected`.
    case manifestsDisagree(file: String, total: Int, expected: Int)
    /// No shard's list in these folders.
    case noManifests(folders: [String])
    /// The shards together miss records, or have some twice.
    case shardsIncomplete(missing: [Int], doubled: [Int])
    /// `--phan K/N` with K outside 1…N.
    case badShard(index: Int, count: Int)
    /// A problem met in the converted copy of an old-format input (`.xls`, `.doc`): `copies`
    /// maps each copy's path to the clerk's own file, named in the message instead.
    case inConvertedCopy(JobError, copies: [String: String])

    /// The inputs of a job, to name them in messages.
    public enum InputRole: Sendable, Equatable {
        case data, list, common
    }

    /// The error itself, outside any converted copy it was met in.
    public var underlying: JobError {
        if case .inConvertedCopy(let error, _) = self { return error.underlying }
        return self
    }

    /// At most this many distinct problems are listed; the rest are counted.
    public static let linesShown = 10

    /// The Vietnamese text, one line per problem.
    public var description: String {
        switch self {
        case .inConvertedCopy(let error, let copies):
            return copies.reduce(error.description) { text, copy in
                text.replacingOccurrences(of: copy.key, with: "\(copy.value) (bản chuyển sang .\(URL(fileURLWithPath: copy.key).pathExtension))")
            }
        case .template(let error):
            return error.description
        case .data(let error):
            return error.description
        case .computation(let error, let file):
            return "\(file): \(error.description)"
        case .records(let errors, _):
            return Self.grouped(errors)
        case .fileNamePattern(let error):
            return "mẫu tên tệp: \(error.description)"
        case .badFileName(let name, let record, let bytes):
            if name.isEmpty { return "\(record): tên tệp rỗng (mẫu tên tệp không cho ra chữ nào)." }
            return "\(record): tên tệp «\(name.prefix(40))…» dài \(bytes) byte, quá 255 byte một tên tệp cho phép."
        case .output(let error):
            return error.description
        case .dataIsAList(let file, let count):
            return "\(file): dữ liệu là một danh sách (\(count) bản ghi)."
        case .dataIsNotAList(let file):
            return "\(file): cần dữ liệu là một danh sách (mỗi mục một bản ghi)."
        case .dataIsNotFields(let file, let role):
            let what = switch role {
            case .data: "dữ liệu"
            case .list: "danh sách"
            case .common: "dữ liệu chung"
            }
            return "\(file): \(what) phải là các trường \"ten: giá trị\"."
        case .emptyList(let file):
            return "\(file): danh sách không có bản ghi nào."
        case .unknownGroupField(let field, let file, let fields, let suggestion):
            return "\(file): không có cột \"\(field)\" để nhóm. Các cột: \(fields.joined(separator: ", "))."
                + (suggestion.map { " Có phải \"\($0)\"?" } ?? "")
        case .textTemplateInBatch(let template):
            return "\(template): mẫu chữ chỉ tạo một văn bản; tạo hàng loạt hay một tệp nhiều trang cần mẫu .fodt hoặc .odt."
        case .textTemplateFormat(let template, let format):
            return "\(template): mẫu chữ cho ra chữ, không ghi được dạng \(format.rawValue.uppercased())."
        case .badManifest(let file):
            return "\(file): không phải danh mục tệp do vanban ghi (vanban-ds.*.tsv)."
        case .manifestsDisagree(let file, let total, let expected):
            return "\(file): danh mục của một danh sách \(total) bản ghi, các phần khác là \(expected) bản ghi: không cùng một lần chạy."
        case .noManifests(let folders):
            return "không thấy danh mục phần nào (vanban-ds.phan-K-N.tsv) trong: \(folders.joined(separator: ", "))."
        case .shardsIncomplete(let missing, let doubled):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("thiếu \(missing.count) bản ghi (\(Self.numbers(missing)))") }
            if !doubled.isEmpty { parts.append("\(doubled.count) bản ghi có hai lần (\(Self.numbers(doubled)))") }
            return "ghép các phần: " + parts.joined(separator: "; ") + "."
        case .badShard(let index, let count):
            return "--phan \(index)/\(count): phần phải từ 1 đến \(count)."
        case .noBlankProfile(let template, let expected):
            return "\(template): không có tệp vị trí \(expected) bên cạnh: chỉ mẫu in lên phôi mới dời được (--lech)."
        case .wordTemplateFormat(let template, let format):
            return "\(template): mẫu Word cho ra .docx hoặc .pdf, không ghi dạng .\(format.rawValue); dùng mẫu .fodt/.odt cho văn bản ODF."
        case .formatMismatch(let file, let named, let format):
            return "\(file): tên tệp là .\(named) nhưng định dạng là \(format.rawValue); hãy đặt tên tệp đuôi .\(format.rawValue)."
        }
    }

    /// Any failure met by a stage, as the job's error: the job's and the stages' own errors as
    /// they are, anything else (a system call) said in Vietnamese for the file or folder `path`.
    init(_ error: any Error, at path: String) {
        switch error {
        case let error as JobError: self = error
        case let error as ODFError: self = .output(error)
        case let error as TemplateError: self = .template(error)
        default: self = .output(.cannotWrite(path: path, reason: SystemReason.describe(error)))
        }
    }

    /// `1, 2, 3, …` (at most 10 shown).
    static func numbers(_ values: [Int]) -> String {
        values.prefix(10).map(String.init).joined(separator: ", ") + (values.count > 10 ? ", …" : "")
    }

    /// One line per distinct problem, with the records it hits; at most ``linesShown``.
    static func grouped(_ errors: [TemplateError]) -> String {
        var order: [TemplateError] = []
        var places: [TemplateError: [RecordPlace]] = [:]
        for error in errors.flatMap(\.all) {
            let key = error.said(of: nil)
            if places[key] == nil { order.append(key) }
            places[key, default: []] += error.record.map { [$0] } ?? []
        }
        var lines = order.prefix(linesShown).map { key -> String in
            let hit = places[key] ?? []
            return key.said(of: hit.isEmpty ? nil : RecordPlace(merging: hit)).description
        }
        if order.count > linesShown { lines.append("… và \(order.count - linesShown) lỗi khác.") }
        return lines.joined(separator: "\n")
    }
}
