import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// A file per record: each record checked (its file name, its fields) and rendered once, into
/// a private work folder inside the output folder, on the writer's threads. Only when every
/// record passed are the files flushed to disk once and moved into place by rename, with the
/// batch's list of files (``BatchManifest``); on any problem the output folder is left as it
/// was, except when the disk fails the very last flush, after the files were moved: then the
/// files are in place and the batch still fails, saying so. One batch at a time writes into a
/// folder (one per shard).
struct OnePerRecord {
    let job: Job
    let plan: OutputPlan
    let inputs: JobInputs
    let names: String?
    let groupBy: String?

    /// A record's file before publishing.
    private struct Planned {
        /// The record's number in the whole list.
        let record: Int
        /// Its subfolder (`--nhom-theo`), or empty.
        let folder: String
        /// Its name from the pattern, or empty when files are numbered.
        let name: String
        /// Its file's name in the work folder.
        let staged: String
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
        let shard = job.shard
        // PDF and DOCX are converted from Flat ODT files written first; a Word template writes
        // its .docx files itself (and PDF from them).
        let staged = plan.isWord ? OutputFormat.docx : format.needsOffice ? OutputFormat.fodt : format
        do {
            let work = try WorkFolder(in: root)
            let lock = try FolderLock(root, part: shard.map { "phan-\($0.index)-\($0.count)" })
            defer {
                lock.release()
                work.remove()
            }
            let writer = FileWriter(into: work.folder, folder: root.relativePath)
            // Separate PDFs are cut out of a few merged ones when the template allows it (MergedPDF).
            let merged = MergedPDF.splitter(for: plan, template: template).map {
                MergedPDF(template: template, work: work, splitter: $0, expected: records.total.map { $0 / (shard?.count ?? 1) + 1 },
                          processes: plan.converter?.processes ?? 1)
            }
            // Numbered files are staged under their final names when the list's bound (a CSV's
            // lines) gives the numbers' width: then a batch into a new folder is published by
            // one rename (WorkFolder.become), not one per file.
            let predicted = namer.usesPattern || groupBy != nil || plan.converter != nil || merged != nil ? nil
                : records.bound
            var planned: [Planned] = []
            var problems: [TemplateError] = []
            var checks = 0
            var buffer: [UInt8] = []
            var dropped: [String] = []
            do {
                while let (record, place) = try records.nextRecord(),
                    problems.count + (merged?.errorCount ?? 0) < AllInOne.problemLimit
                {
                    let number = place.numbers[0]
                    // Every record is named, so that names come out as the whole batch gives them.
                    let folder = groupBy.map { FileNamer.sanitize(record[$0]?.text ?? "") }.map { $0.isEmpty ? "khac" : $0 } ?? ""
                    let name = try namer.name(for: record, place: place, total: records.total, folder: folder,
                                              fileExtension: format.fileExtension)
                    guard shard?.holds(number) ?? true else { continue }
                    checks += 1
                    let stagedFile = (predicted.map { FileNamer.numbered(number, of: $0) } ?? "\(planned.count + 1)")
                        + ".\(staged.fileExtension)"
                    do {
                        switch staged {
                        case .docx:
                            let package = try template.renderDOCXParts(record, record: place)
                            if problems.isEmpty {
                                try writer.write({ () throws(ODFError) in try package.zip() }, to: stagedFile, index: planned.count)
                            }
                        case .odt:
                            let package = try template.renderPackageParts(record, record: place)
                            if problems.isEmpty {
                                try writer.write({ () throws(ODFError) in try package.zip() }, to: stagedFile, index: planned.count)
                            }
                        case _ where merged != nil:
                            try merged?.add(record, record: place)
                        default:
                            dropped += try template.render(record, record: place, into: &buffer)
                            if problems.isEmpty { try writer.write(Data(buffer), to: stagedFile, index: planned.count) }
                        }
                    } catch let error as TemplateError {
                        problems += error.all
                    }
                    planned.append(Planned(record: number, folder: folder, name: name, staged: stagedFile))
                    report(.rendering(done: number, total: records.total))
                }
                try writer.finish()
                if let merged {
                    try merged.close()
                    problems += merged.problems
                    dropped += merged.droppedCharacters
                }
            } catch {
                writer.cancel()
                throw error
            }
            if !problems.isEmpty { throw JobError.records(records.attributed(problems), records: checks) }
            guard records.count > 0 else { throw JobError.emptyList(file: records.file) }
            if !dropped.isEmpty { report(.warning(.droppedCharacters(dropped))) }

            let total = records.count
            let relative = planned.map { file -> String in
                let name = namer.usesPattern ? file.name : FileNamer.numbered(file.record, of: total)
                return (file.folder.isEmpty ? "" : file.folder + "/") + "\(name).\(format.fileExtension)"
            }
            // Each record's finished file: its name in the work folder (a URL only where
            // LibreOffice made it, elsewhere).
            var results: [(name: String?, url: URL?)] = planned.map { ($0.staged, nil) }
            var hashes = writer.sha256
            if plan.converter != nil, !results.isEmpty {
                let converted: [URL]
                if let merged, let converter = plan.converter {
                    converted = try merged.convert(with: converter, names: relative, report)
                } else if let converter = plan.converter {
                    let total = planned.count
                    converted = try converter.convert(results.map { work.file($0.name ?? "") }, to: format, into: work.url) { done in
                        report(.converting(done: done, total: total))
                    }
                } else {
                    converted = []
                }
                results = converted.map { (work.name(of: $0), $0) }
                for (index, result) in converted.enumerated() {
                    hashes[index] = BatchManifest.sha256(try Data(contentsOf: result))
                }
            }
            try work.flush()
            let result = JobResult(location: root, written: relative.count, records: planned.count,
                                   statistics: .init(checks: checks, renders: template.renderedRecords))
            let manifest = BatchManifest(total: total, lines: planned.indices.map {
                BatchManifest.Line(record: planned[$0].record, file: relative[$0], sha256: hashes[$0] ?? "")
            })
            // Into a new (or empty) folder, every file already under its name: the work folder
            // becomes the folder.
            if shard == nil, zip(results, relative).allSatisfy({ $0.0.name == $0.1 }) {
                try manifest.write(into: work.url)
                if work.become(root, besides: FolderLock.fileName) {
                    lock.release(removingFile: false)
                    // The work folder is the output folder now: its new name reaches the disk.
                    try work.flush()
                    return result
                }
                try? FileManager.default.removeItem(at: work.file(BatchManifest.fileName))
            }
            let rootFolder = try FolderHandle(root)
            try Self.checkTargets(relative, in: rootFolder)
            let previous = shard == nil ? BatchManifest.read(root.appendingPathComponent(BatchManifest.fileName)) : nil
            for (result, name) in zip(results, relative) {
                if let staged = result.name {
                    try work.folder.move(staged, to: rootFolder, as: name)
                } else if let url = result.url {
                    try work.publish(url, as: root.appendingPathComponent(name, isDirectory: false))
                }
            }
            if let shard {
                try manifest.write(into: root, name: BatchManifest.fileName(shard: shard.index, of: shard.count))
            } else {
                try manifest.write(into: root)
                if let previous { manifest.removeStale(previous, in: root) }
            }
            try rootFolder.flushFileSystem()
            return result
        } catch {
            throw JobError(error, at: root.relativePath)
        }
    }

    /// Every target can take its file: no folder of that name, no path too long. Checked
    /// before the first file is moved, so that publishing cannot stop half-way for these.
    private static func checkTargets(_ names: [String], in root: FolderHandle) throws(ODFError) {
        let rootLength = root.url.path.utf8.count + 1
        // A group's folder (`--nhom-theo`) whose name a file already has: found before any group is moved.
        var folders: Set<String> = []
        for name in names {
            var parts = name.split(separator: "/").dropLast().map(String.init)
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        for folder in folders.sorted() {
            var isFolder: ObjCBool = false
            let path = root.url.appendingPathComponent(folder).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                throw .cannotWrite(path: root.url.appendingPathComponent(folder).relativePath, reason: SystemReason.describe(ENOTDIR))
            }
        }
        for name in names {
            if rootLength + name.utf8.count >= Int(PATH_MAX) {
                throw .cannotWrite(path: root.url.appendingPathComponent(name).relativePath, reason: SystemReason.describe(ENAMETOOLONG))
            }
            if root.isFolder(name) {
                throw .cannotWrite(path: root.url.appendingPathComponent(name).relativePath, reason: SystemReason.describe(EISDIR))
            }
        }
    }
}
