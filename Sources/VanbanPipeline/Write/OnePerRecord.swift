import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// A file per record: each record checked (its file name, its fields) and rendered once, into
/// a private work folder inside the output folder, on the writer's threads. Only when every
/// record passed are the files flushed to disk once and moved into place by rename; on any
/// problem the output folder is left as it was. One batch at a time writes into a folder.
struct OnePerRecord {
    let job: Job
    let plan: OutputPlan
    let inputs: JobInputs
    let names: String?
    let groupBy: String?

    /// A record's file before publishing: its number (the work folder's name) and where it goes.
    private struct Planned {
        let folder: String
        let name: String
    }

    func write(_ report: @escaping @Sendable (JobEvent) -> Void) throws(JobError) -> JobResult {
        guard let records = inputs.records else { throw .dataIsNotAList(file: job.template.relativePath) }
        let template = inputs.template
        let root = plan.location
        if let groupBy, !records.fields.isEmpty, !records.fields.contains(groupBy) {
            throw .unknownGroupField(field: groupBy, file: records.file, fields: records.fields,
                                     suggestion: Suggestion.closest(to: groupBy, among: records.fields))
        }
        let namer = try FileNamer(pattern: names)
        let format = plan.format
        // PDF and DOCX are converted from Flat ODT files written first.
        let staged = format.needsOffice ? OutputFormat.fodt : format
        do {
            let work = try WorkFolder(in: root)
            let lock = try FolderLock(root)
            defer {
                lock.release()
                work.remove()
            }
            let writer = FileWriter()
            var planned: [Planned] = []
            var problems: [TemplateError] = []
            var checks = 0
            var buffer: [UInt8] = []
            var dropped: [String] = []
            do {
                while let (record, place) = records.nextRecord(), problems.count < AllInOne.problemLimit {
                    checks += 1
                    let folder = groupBy.map { FileNamer.sanitize(record[$0]?.text ?? "") }.map { $0.isEmpty ? "khac" : $0 } ?? ""
                    let name = try namer.name(for: record, place: place, total: records.total, folder: folder,
                                              fileExtension: format.fileExtension)
                    let stagedFile = work.file("\(place.numbers[0]).\(staged.fileExtension)")
                    do {
                        switch staged {
                        case .odt:
                            let package = try template.renderPackageParts(record, record: place)
                            if problems.isEmpty { try writer.write({ () throws(ODFError) in try package.zip() }, to: stagedFile) }
                        default:
                            dropped += try template.render(record, record: place, into: &buffer)
                            if problems.isEmpty { try writer.write(Data(buffer), to: stagedFile) }
                        }
                    } catch let error as TemplateError {
                        problems += error.all
                    }
                    planned.append(Planned(folder: folder, name: name))
                    report(.rendering(done: place.numbers[0], total: records.total))
                }
                try writer.finish()
            } catch {
                writer.cancel()
                throw error
            }
            if !problems.isEmpty { throw JobError.records(problems, records: checks) }
            guard !planned.isEmpty else { throw JobError.emptyList(file: records.file) }
            if !dropped.isEmpty { report(.warning(.droppedCharacters(dropped))) }

            var results = (1...planned.count).map { work.file("\($0).\(staged.fileExtension)") }
            if let converter = plan.converter {
                let total = planned.count
                results = try converter.convert(results, to: format, into: work.url) { done in
                    report(.converting(done: done, total: total))
                }
            }
            AtomicFile.flushFileSystem(of: work.url)
            let targets = planned.enumerated().map { index, file in
                let name = namer.usesPattern ? file.name : FileNamer.numbered(index + 1, of: planned.count)
                let folder = file.folder.isEmpty ? root : root.appendingPathComponent(file.folder, isDirectory: true)
                return folder.appendingPathComponent("\(name).\(format.fileExtension)", isDirectory: false)
            }
            try Self.checkTargets(targets)
            for (result, target) in zip(results, targets) { try work.publish(result, as: target) }
            AtomicFile.flushFileSystem(of: root)
            return JobResult(location: root, written: targets.count, records: planned.count,
                             statistics: .init(checks: checks, renders: template.renderedRecords))
        } catch let error as JobError {
            throw error
        } catch let error as ODFError {
            throw .output(error)
        } catch {
            throw .output(.cannotWrite(path: root.relativePath, reason: SystemReason.describe(error)))
        }
    }

    /// Every target can take its file: no folder of that name, no path too long. Checked
    /// before the first file is moved, so that publishing cannot stop half-way for these.
    private static func checkTargets(_ targets: [URL]) throws(ODFError) {
        for target in targets {
            let path = target.path
            if path.utf8.count >= Int(PATH_MAX) {
                throw .cannotWrite(path: target.relativePath, reason: SystemReason.describe(ENAMETOOLONG))
            }
            var status = stat()
            if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                throw .cannotWrite(path: target.relativePath, reason: SystemReason.describe(EISDIR))
            }
        }
    }
}
