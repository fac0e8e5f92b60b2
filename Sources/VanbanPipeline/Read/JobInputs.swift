import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// The read and compute stages: the template compiled once into the form the output needs,
/// and the records, checked as a list (columns the template needs, an award list that would
/// make a wrong decision), computed (an award decision, a plan's budget) and ready to render.
struct JobInputs {
    let template: Template
    /// One document's data (``Job/Layout/oneDocument``).
    let document: Value?
    /// The records of a batch or of one file with a page per record.
    let records: RecordStream?
    /// One document's danh sách, read as it renders (``document`` has no `danh_sach` then).
    var list: ListWalks?

    static func read(_ job: Job, plan: OutputPlan, report: @escaping @Sendable (JobEvent) -> Void) throws(JobError) -> JobInputs {
        let template = try compile(job, form: plan.templateForm)
        if job.layout != .oneDocument, case .text = template.kind {
            throw .textTemplateInBatch(template: job.template.relativePath)
        }
        let fields = template.fields
        switch job.records {
        case .document(let url, let listURL):
            var value = try readFields(url, role: .data, mustBeFields: listURL != nil || job.registeredNumber != nil, report: report)
            if job.electronic, case .object(var data) = value {
                data["ban_dien_tu"] = .bool(true)
                value = .object(data)
            }
            if let registered = job.registeredNumber, case .object(var data) = value {
                data["so"] = .string(String(format: "%02d", registered.number))
                data["so_ky_hieu"] = .string(registered.symbol)
                value = .object(data)
            }
            // An empty value is a missing one: a field the template prints for everyone, left blank.
            if !job.allowMissing, case .object(let data) = value {
                let blank = fields.nonEmpty.filter { field in
                    if case .string(let text)? = data[field] { return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                    return false
                }
                if !blank.isEmpty { throw .data(.emptyFields(path: url.relativePath, fields: blank)) }
            }
            let computation = try computation(of: value, file: url)
            if let listURL {
                let list = try openList(listURL, job: job, common: nil, expected: fields.all, report: report)
                if streams(job, plan: plan, template: template, computation: computation, data: value) {
                    value = try compute(value, computation, file: url, list: listURL)
                    return JobInputs(template: template, document: value, records: nil,
                                     list: ListWalks(list, file: listURL.relativePath, report: report))
                }
                // A column of the list naming a field the decision gives for itself (a per-person
                // "Thành tích" beside the decision's): which one is meant is the clerk's to say.
                if case .object(let data) = value {
                    for column in list.columns?.columns ?? []
                    where !Self.personFields.contains(column.field) && !Self.setAsideWhenCommon.contains(column.field)
                        && fields.all.contains(column.field)
                    {
                        if let text = data[column.field]?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                            throw .data(.columnOverridesCommonData(path: listURL.relativePath, heading: column.heading, field: column.field,
                                                                   commonPath: url.relativePath, value: text))
                        }
                    }
                }
                // The columns the danh sách's rows print (họ tên, chức vụ, đơn vị) that the list lacks:
                // said of the list, with its nearest column, before anything is computed.
                if !job.allowMissing, case .object(let data) = value {
                    let computed: Set<String> = ["so_tien", "so_so_vang", "stt", "nhom", "doi_tuong"]
                    let perRow = fields.all.filter { Self.personFields.contains($0) && !computed.contains($0) && data[$0] == nil }
                    let missing: [DataError]
                    do {
                        missing = try ListCheck.missingColumns(in: list, expected: perRow)
                    } catch {
                        throw .data(error)
                    }
                    if !missing.isEmpty { throw .data(missing.count == 1 ? missing[0] : .several(missing)) }
                }
                var records = try allRecords(of: list, report: report)
                if computation == .awardDecision {
                    records = try checkAwardList(records, of: list, common: value, job: job)
                    value = withListAmounts(value, job: job) ?? value
                }
                value = try attach(records.map(\.value), to: value, file: url)
                if computation == .awardDecision {
                    // The list's own số sổ vàng, when it has them, are the ones the decision gives.
                    value = try compute(value, computation, file: url, list: listURL)
                    try DecisionRecipients.checkNumbers(records, given: DecisionRecipients.numbers(of: value, for: records), of: list)
                    return try finished(value, template: template, job: job, file: url)
                }
            }
            value = try compute(value, computation, file: url, list: listURL)
            return try finished(value, template: template, job: job, file: url)
        case .list(let url, let commonURL):
            let common = try commonURL.map { (url) throws(JobError) in
                try readFields(url, role: .common, mustBeFields: true, report: report)
            }
            let computation = try common.flatMap { (value) throws(JobError) in try Self.computation(of: value, file: commonURL ?? url) }
            // A decision gives each recipient its money and số sổ vàng: no cell of theirs is needed.
            let computed: Set<String> = computation == .awardDecision ? ["so_tien", "so_so_vang"] : []
            // A heading naming a field the common data already gives for the whole document
            // ("Cơ quan", "Ngày") is not read as that field: the usual headings' meaning comes first.
            let documentFields: Set<String> = if case .object(let data)? = common {
                Set(data.keys.filter { !Self.personFields.contains($0) })
            } else { [] }
            // A list's "Số", "Ngày", "Ghi chú" beside the common data's số, date and note: the
            // clerk's own columns, not printed (and said so).
            let reserved = documentFields.intersection(Self.setAsideWhenCommon)
            let list = try openList(url, job: job, common: common, expected: fields.all.filter { !documentFields.contains($0) },
                                    required: job.allowMissing ? [] : fields.nonEmpty.filter { !computed.contains($0) },
                                    reserved: reserved, report: report)
            // A column filling a field the common data gives for the whole document (a "Số" column
            // and the decision's số, a clerk's "Ghi chú" and the invitation's): refused, never chosen.
            if let commonURL, case .object(let data)? = common {
                for column in list.columns?.columns ?? [] where !Self.personFields.contains(column.field) && fields.all.contains(column.field) {
                    if let text = data[column.field]?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        throw .data(.columnOverridesCommonData(path: url.relativePath, heading: column.heading, field: column.field,
                                                               commonPath: commonURL.relativePath, value: text))
                    }
                }
            }
            // A person's own field (name, số sổ vàng, CCCD…) that no column fills but the common data
            // does: every document would carry the same one, often the sample's.
            if let commonURL, case .object(let data)? = common {
                let listFields = Set(list.fields)
                for field in Self.ownFields where fields.all.contains(field) && !listFields.contains(field) && !computed.contains(field) {
                    if let text = data[field]?.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        throw .data(.ownFieldFromCommonData(path: commonURL.relativePath, field: field,
                                                            label: HeadingTable.bundled.entry(field: field)?.label, value: text,
                                                            list: url.relativePath))
                    }
                }
            }
            // A common field the template prints for everyone, left blank and filled by no column.
            if !job.allowMissing, let commonURL, case .object(let data)? = common {
                let listFields = Set(list.fields)
                let blank = fields.nonEmpty.filter { field in
                    guard !listFields.contains(field), !computed.contains(field), case .string(let text)? = data[field] else { return false }
                    return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                }
                if !blank.isEmpty { throw .data(.emptyFields(path: commonURL.relativePath, fields: blank)) }
            }
            if !job.allowMissing {
                // A decision gives each recipient its money and số sổ vàng.
                var given = common
                if computation == .awardDecision, case .object(var shared)? = given {
                    for field in ["so_tien", "so_so_vang"] { shared[field] = .string("") }
                    given = .object(shared)
                }
                let missing: [DataError]
                do {
                    missing = try ListCheck.missingColumns(in: list, expected: fields.required, common: given)
                } catch {
                    throw .data(error)
                }
                if !missing.isEmpty { throw .data(missing.count == 1 ? missing[0] : .several(missing)) }
            }
            // Under an award decision the records are its recipients, in its order, with their
            // money and số sổ vàng: the whole list is read and checked to number them.
            // Read as they render, in the decision's order (DecisionRecipients): what is kept of
            // the list is a few numbers a row.
            if let common, let commonURL, let computation, computation == .awardDecision {
                let recipients = try DecisionRecipients.prepare(list, common: common, commonFile: commonURL, job: job,
                                                                computation: computation, report: report)
                return JobInputs(template: template, document: nil,
                                 records: RecordStream(next: try recipients.stream(of: list), file: url.relativePath,
                                                       fields: list.fields, total: recipients.count, hasRows: list.columns != nil))
            }
            // A shard numbers its files as the whole batch would: it needs the list's length.
            var total: Int?
            if job.shard != nil { total = try allRecords(of: list, report: { _ in }).count }
            let reader: ListReader
            do {
                reader = try list.reader(onWarning: { report(.warning(.data($0))) })
            } catch {
                throw .data(error)
            }
            let stream = RecordStream(reading: reader, file: url.relativePath, fields: list.fields + (common?.keys ?? []),
                                      total: total, bound: { list.recordBound }, hasRows: list.columns != nil)
            if let common, let commonURL { stream.common = (commonURL.relativePath, Set(common.keys), Set(list.fields)) }
            return JobInputs(template: template, document: nil, records: stream)
        }
    }

    /// One document's data, computed: the document, or its items with a page each.
    private static func finished(_ value: Value, template: Template, job: Job, file url: URL) throws(JobError) -> JobInputs {
        switch job.layout {
        case .allInOne:
            guard case .list(let items) = value else { throw .dataIsNotAList(file: url.relativePath) }
            return JobInputs(template: template, document: nil,
                             records: RecordStream(items.map { ListRecord(row: 0, value: $0) }, file: url.relativePath))
        default:
            if template.kind != .text(html: false), template.kind != .text(html: true), case .list(let items) = value {
                throw .dataIsAList(file: url.relativePath, count: items.count)
            }
            return JobInputs(template: template, document: value, records: nil)
        }
    }

    /// Fields of the whole document a list's column of the same name never fills: the clerk's
    /// working columns ("Số" for the row number, "Ngày" contacted, "Ghi chú").
    static let setAsideWhenCommon: Set<String> = ["so", "ngay", "ghi_chu", "so_ky_hieu"]

    /// Fields that are each person's own: never the same for a whole list (the sample data's person
    /// as common data would be everyone).
    static let ownFields = ["ho_ten", "gioi_tinh", "chuc_vu", "don_vi", "so_so_vang", "so_cccd", "dien_thoai", "email", "ngay_sinh"]

    /// Fields a list's columns give each person, over the common data's (the sample's person).
    static let personFields: Set<String> = [
        "stt", "ho_ten", "ho_va_ten", "chuc_vu", "don_vi", "gioi_tinh", "doi_tuong", "so_tien", "don_gia", "so_luong", "ngay_sinh",
        "nam_sinh", "que_quan", "dia_chi", "dien_thoai", "email", "so_cccd", "hinh_thuc", "so_so_vang", "nhom",
    ]

    /// Whether one document's danh sách is read as it renders rather than held whole: a Flat
    /// or packaged ODT (PDF through one), with no metadata to write into a parsed tree, no
    /// computation over the list (a decision groups and numbers its recipients) and fields to
    /// attach it to.
    private static func streams(_ job: Job, plan: OutputPlan, template: Template, computation: Computation?,
                                data: Value) -> Bool {
        guard job.layout == .oneDocument, template.kind == .odf, !plan.isWord, !plan.isText, job.metadata == nil,
            computation?.needsList != true, case .object(let fields) = data
        else { return false }
        return fields["danh_sach"] == nil
    }

    /// The template compiled once; for a phôi with an offset, made first from its positions.
    private static func compile(_ job: Job, form: Template.Form) throws(JobError) -> Template {
        let options = Template.Options(strict: !job.allowMissing, form: form)
        guard let offset = job.blankOffset else {
            do {
                return try Template(contentsOf: job.template, options: options)
            } catch {
                throw .template(error)
            }
        }
        let positions = job.template.deletingPathExtension().appendingPathExtension("vi-tri.yaml")
        guard FileManager.default.fileExists(atPath: positions.path) else {
            throw .noBlankProfile(template: job.template.relativePath, expected: positions.lastPathComponent)
        }
        let value: Value
        do {
            value = try DataFile.read(positions)
        } catch {
            throw .data(error)
        }
        let profile: BlankProfile
        do {
            profile = try BlankProfile(value)
        } catch {
            throw .computation(error, file: positions.relativePath)
        }
        do {
            let document = try Document(data: profile.template(offset: offset), path: job.template.relativePath)
            return try Template(document: document, options: options)
        } catch {
            throw JobError(error, at: job.template.relativePath)
        }
    }

    /// A YAML/JSON file; `mustBeFields`: its top level is `ten: giá trị`.
    private static func readFields(_ url: URL, role: JobError.InputRole, mustBeFields: Bool,
                                   report: @Sendable (JobEvent) -> Void) throws(JobError) -> Value {
        let reading: DataReading
        do {
            reading = try DataFile.reading(url)
        } catch {
            throw .data(error)
        }
        for warning in reading.warnings { report(.warning(.data(warning))) }
        if mustBeFields {
            guard case .object(let fields) = reading.value, !fields.isEmpty else {
                throw .dataIsNotFields(file: url.relativePath, role: role)
            }
        }
        return reading.value
    }

    /// A list, its header found with the template's fields (or set by hand), its columns mapped.
    static func openList(_ url: URL, job: Job, common: Value?, expected: [String], required: [String] = [],
                         reserved: Set<String> = [], report: @Sendable (JobEvent) -> Void) throws(JobError) -> RecordList {
        do throws(DataError) {
            var encoding: TextEncoding?
            if let name = job.encoding {
                guard let named = TextEncoding(name: name) else { throw DataError.unknownEncoding(name: name) }
                encoding = named
            }
            let list = try RecordList(url: url, sheet: job.sheet, common: common, expectedFields: expected,
                                      headerRow: job.headerRow, fieldHeadings: job.columnHeadings, encoding: encoding,
                                      requiredFields: required, reservedFields: reserved)
            for warning in list.warnings { report(.warning(.data(warning))) }
            return list
        } catch {
            throw .data(error)
        }
    }

    /// The decision `common` makes of its list's `items`.
    static func decide(_ items: [Value], common: Value, commonFile: URL, computation: Computation, list: URL,
                       job: Job) throws(JobError) -> Value {
        try compute(try attach(items, to: withListAmounts(common, job: job) ?? common, file: commonFile), computation,
                    file: commonFile, list: list)
    }

    private static func allRecords(of list: RecordList, report: @escaping @Sendable (JobEvent) -> Void) throws(JobError) -> [ListRecord] {
        do {
            return try list.allRecords(onWarning: { report(.warning(.data($0))) })
        } catch {
            throw .data(error)
        }
    }

    /// An award list that would make a wrong decision is refused (no kind, the same person
    /// twice, an empty list); its records come back with their kind.
    private static func checkAwardList(_ records: [ListRecord], of list: RecordList, common: Value?,
                                       job: Job) throws(JobError) -> [ListRecord] {
        do {
            return try AwardList.check(records, of: list, common: withListAmounts(common, job: job),
                                       allowDuplicates: job.allowDuplicates)
        } catch {
            throw .data(error)
        }
    }

    /// The decision's data saying its list's amounts stand, when the clerk said so.
    static func withListAmounts(_ value: Value?, job: Job) -> Value? {
        guard job.keepListAmounts, case .object(var fields)? = value else { return value }
        fields[AwardDecision.listAmountsField] = .bool(true)
        return .object(fields)
    }

    private static func attach(_ items: [Value], to value: Value, file: URL) throws(JobError) -> Value {
        do {
            return try Computation.attaching(items, to: value)
        } catch {
            throw .computation(error, file: file.relativePath)
        }
    }

    private static func computation(of value: Value, file: URL) throws(JobError) -> Computation? {
        do {
            return try Computation(for: value)
        } catch {
            throw .computation(error, file: file.relativePath)
        }
    }

    /// The data with what its document computes; a problem of a list's record is the list's.
    private static func compute(_ value: Value, _ computation: Computation?, file: URL, list: URL?) throws(JobError) -> Value {
        guard let computation else { return value }
        do {
            return try computation.apply(to: value)
        } catch {
            let blamed = error.record != nil ? (list ?? file) : file
            throw .computation(error, file: blamed.relativePath)
        }
    }
}
