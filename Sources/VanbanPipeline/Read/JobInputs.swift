import Foundation
import VanbanData
import VanbanDocuments
import VanbanODF
import VanbanTemplate

/// The read and compute stages: the template compiled once into the form the output needs,
/// and the records, computed (an award decision, a plan's budget) and ready to render.
struct JobInputs {
    let template: Template
    /// One document's data (``Job/Layout/oneDocument``).
    let document: Value?
    /// The records of a batch or of one file with a page per record.
    let records: RecordStream?

    static func read(_ job: Job, plan: OutputPlan, report: @escaping @Sendable (JobEvent) -> Void) throws(JobError) -> JobInputs {
        let template: Template
        do {
            template = try Template(contentsOf: job.template, options: .init(strict: !job.allowMissing, form: plan.templateForm))
        } catch {
            throw .template(error)
        }
        if job.layout != .oneDocument, template.kind != .odf {
            throw .textTemplateInBatch(template: job.template.relativePath)
        }
        switch job.records {
        case .document(let url, let list):
            var value = try readFields(url, role: .data, mustBeFields: list != nil, report: report)
            if let list {
                let records = try readList(list, sheet: job.sheet, common: nil)
                for warning in records.warnings { report(.warning(.data(warning))) }
                var items: [Value] = []
                do {
                    for item in try records.records(onWarning: { report(.warning(.data($0))) }) { items.append(item) }
                } catch {
                    throw .data(error)
                }
                value = try attach(items, to: value, file: url)
            }
            value = try compute(value, file: url, list: list)
            switch job.layout {
            case .allInOne:
                guard case .list(let items) = value else { throw .dataIsNotAList(file: url.relativePath) }
                return JobInputs(template: template, document: nil, records: RecordStream(items, file: url.relativePath))
            default:
                if template.kind == .odf, case .list(let items) = value {
                    throw .dataIsAList(file: url.relativePath, count: items.count)
                }
                return JobInputs(template: template, document: value, records: nil)
            }
        case .list(let url, let commonURL):
            let common = try commonURL.map { (url) throws(JobError) in
                try readFields(url, role: .common, mustBeFields: true, report: report)
            }
            let list = try readList(url, sheet: job.sheet, common: common)
            for warning in list.warnings { report(.warning(.data(warning))) }
            // Under an award decision the records are its recipients, in its order, with their
            // money and số sổ vàng: the whole list is read to number them.
            if let common, let commonURL, let computation = try computation(of: common, file: commonURL),
               computation == .awardDecision
            {
                var items: [Value] = []
                do {
                    for item in try list.records(onWarning: { report(.warning(.data($0))) }) { items.append(item) }
                } catch {
                    throw .data(error)
                }
                let decision = try compute(try attach(items, to: common, file: url), file: commonURL, list: url)
                return JobInputs(template: template, document: nil,
                                 records: RecordStream(Computation.recipients(of: decision), file: url.relativePath,
                                                       fields: list.fields))
            }
            let iterator: AnyIterator<Value>
            do {
                iterator = try list.records(onWarning: { report(.warning(.data($0))) })
            } catch {
                throw .data(error)
            }
            // A shard numbers its files as the whole batch would: it needs the list's length.
            var total: Int?
            if job.shard != nil {
                do {
                    total = 0
                    for _ in try list.records() { total? += 1 }
                } catch {
                    throw .data(error)
                }
            }
            return JobInputs(template: template, document: nil,
                             records: RecordStream(streaming: iterator, file: url.relativePath,
                                                   fields: list.fields + (common?.keys ?? []), total: total))
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

    private static func readList(_ url: URL, sheet: String?, common: Value?) throws(JobError) -> RecordList {
        do {
            return try RecordList(url: url, sheet: sheet, common: common)
        } catch {
            throw .data(error)
        }
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
    private static func compute(_ value: Value, file: URL, list: URL?) throws(JobError) -> Value {
        guard let computation = try computation(of: value, file: file) else { return value }
        do {
            return try computation.apply(to: value)
        } catch {
            let blamed = error.record != nil ? (list ?? file) : file
            throw .computation(error, file: blamed.relativePath)
        }
    }
}
