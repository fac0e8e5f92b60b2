import Foundation
import GRDB

/// A job as the history keeps it: its template, the form's values, its list, its state and
/// its result. Its files live in the data folder's `viec/<id>/`, named by the server.
struct JobRecord: Sendable, Equatable {
    /// Where a job is.
    enum State: String, Sendable {
        /// Form and list stored; being checked, not generated yet.
        case draft = "nhap"
        /// Waiting for a worker.
        case queued = "cho"
        case running = "dang-chay"
        case finished = "xong"
        case failed = "loi"

        /// The Vietnamese name.
        var title: String {
            switch self {
            case .draft: "Đang soạn"
            case .queued: "Đang chờ"
            case .running: "Đang tạo"
            case .finished: "Xong"
            case .failed: "Lỗi"
            }
        }
    }

    let id: UUID
    var sequence: Int64
    let templateKey: String
    let templateTitle: String
    let account: String
    var state: State
    /// The form's values, field by field (lists one item a line).
    var form: [String: String]
    /// The list's name as uploaded (shown only), and its stored name in the job's folder.
    var listName: String?
    var listStored: String?
    var records: Int
    var format: String?
    var layout: String?
    /// The result's file name in the job's folder.
    var resultName: String?
    var message: String?
    let created: Date
    /// When a worker took it (the pool is first in, first out: in ``sequence`` order).
    var started: Date? = nil
    var finished: Date?
}

extension Store {
    /// Stores a new job (its sequence number is given here: the order of arrival).
    func insert(_ job: JobRecord) throws {
        try database.write { db in
            let sequence = (try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM job") ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO job (id, sequence, templateKey, templateTitle, account, state, form, listName, listStored,
                                 records, format, layout, resultName, message, created, finished)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [job.id.uuidString, sequence, job.templateKey, job.templateTitle, job.account,
                                 job.state.rawValue, Self.encode(job.form), job.listName, job.listStored, job.records,
                                 job.format, job.layout, job.resultName, job.message, job.created.timeIntervalSince1970,
                                 job.finished?.timeIntervalSince1970])
        }
    }

    /// Saves a job's changed fields.
    func update(_ job: JobRecord) throws {
        try database.write { db in
            try db.execute(sql: """
                UPDATE job SET state = ?, form = ?, listName = ?, listStored = ?, records = ?, format = ?, layout = ?,
                               resultName = ?, message = ?, started = ?, finished = ?, sequence = ? WHERE id = ?
                """, arguments: [job.state.rawValue, Self.encode(job.form), job.listName, job.listStored, job.records,
                                 job.format, job.layout, job.resultName, job.message, job.started?.timeIntervalSince1970,
                                 job.finished?.timeIntervalSince1970,
                                 job.sequence, job.id.uuidString])
        }
    }

    /// The next sequence number (a job queued takes a new one: its place in the order of arrival).
    func nextSequence() throws -> Int64 {
        try database.read { db in (try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM job") ?? 0) + 1 }
    }

    func job(id: UUID) throws -> JobRecord? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM job WHERE id = ?", arguments: [id.uuidString]).flatMap(Self.jobRecord)
        }
    }

    /// The newest jobs first (the history page).
    func jobs(limit: Int) throws -> [JobRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM job ORDER BY created DESC, sequence DESC LIMIT ?", arguments: [limit])
                .compactMap(Self.jobRecord)
        }
    }

    /// The form of the newest job of `templateKey` (to pre-fill the next one).
    func lastForm(templateKey: String) throws -> [String: String]? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT form FROM job WHERE templateKey = ? ORDER BY created DESC, sequence DESC LIMIT 1",
                                arguments: [templateKey]).map(Self.decode)
        }
    }

    /// Deletes the jobs created before `date`; returns their identifiers (to remove their folders).
    func deleteJobs(before date: Date) throws -> [UUID] {
        try database.write { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM job WHERE created < ? AND state NOT IN (?, ?)",
                                          arguments: [date.timeIntervalSince1970, JobRecord.State.queued.rawValue,
                                                      JobRecord.State.running.rawValue])
            try db.execute(sql: "DELETE FROM job WHERE id IN (SELECT value FROM json_each(?))", arguments: [Self.encodeList(ids)])
            return ids.compactMap(UUID.init(uuidString:))
        }
    }

    private static func jobRecord(_ row: Row) -> JobRecord? {
        guard let id = UUID(uuidString: row["id"]), let state = JobRecord.State(rawValue: row["state"]) else { return nil }
        let finished: Double? = row["finished"]
        let started: Double? = row["started"]
        return JobRecord(id: id, sequence: row["sequence"], templateKey: row["templateKey"], templateTitle: row["templateTitle"],
                         account: row["account"], state: state, form: decode(row["form"]), listName: row["listName"],
                         listStored: row["listStored"], records: row["records"], format: row["format"], layout: row["layout"],
                         resultName: row["resultName"], message: row["message"],
                         created: Date(timeIntervalSince1970: row["created"]),
                         started: started.map(Date.init(timeIntervalSince1970:)),
                         finished: finished.map(Date.init(timeIntervalSince1970:)))
    }

    private static func encode(_ form: [String: String]) -> String {
        String(decoding: (try? JSONEncoder().encode(form)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static func encodeList(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
