import Foundation
import GRDB

/// A template the office uploaded: its name, and its newest version's file and fields.
struct StoredTemplate: Sendable, Equatable {
    let id: Int64
    let name: String
    let version: Int
    /// The file's name in the data folder's `mau/` (a random name, never the uploaded one).
    let storedName: String
    let originalName: String
    let fields: [String]
    let uploadedBy: String
    let created: Date
}

extension Store {
    /// Adds a version of the template called `name` (a new template on its first upload).
    /// Returns the version's number.
    func addTemplateVersion(name: String, storedName: String, originalName: String, fields: [String],
                            uploadedBy: String, now: Date) throws -> Int {
        try database.write { db in
            let time = now.timeIntervalSince1970
            try db.execute(sql: "INSERT OR IGNORE INTO template (name, created) VALUES (?, ?)", arguments: [name, time])
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM template WHERE name = ?", arguments: [name]) else {
                return 0
            }
            let version = (try Int.fetchOne(db, sql: "SELECT MAX(version) FROM templateVersion WHERE templateId = ?",
                                            arguments: [id]) ?? 0) + 1
            let fieldText = String(decoding: (try? JSONEncoder().encode(fields)) ?? Data("[]".utf8), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO templateVersion (templateId, version, storedName, originalName, fields, uploadedBy, created)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, version, storedName, originalName, fieldText, uploadedBy, time])
            return version
        }
    }

    /// Every uploaded template at its newest version, by name.
    func storedTemplates() throws -> [StoredTemplate] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT template.id, template.name, v.version, v.storedName, v.originalName, v.fields, v.uploadedBy, v.created
                FROM template JOIN templateVersion v ON v.templateId = template.id
                WHERE v.version = (SELECT MAX(version) FROM templateVersion WHERE templateId = template.id)
                ORDER BY template.name
                """).map(Self.storedTemplate)
        }
    }

    /// Every version of template `id`, newest first.
    func templateVersions(id: Int64) throws -> [StoredTemplate] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT template.id, template.name, v.version, v.storedName, v.originalName, v.fields, v.uploadedBy, v.created
                FROM template JOIN templateVersion v ON v.templateId = template.id
                WHERE template.id = ? ORDER BY v.version DESC
                """, arguments: [id]).map(Self.storedTemplate)
        }
    }

    private static func storedTemplate(_ row: Row) -> StoredTemplate {
        let fieldText: String = row["fields"]
        let fields = (try? JSONDecoder().decode([String].self, from: Data(fieldText.utf8))) ?? []
        return StoredTemplate(id: row["id"], name: row["name"], version: row["version"], storedName: row["storedName"],
                              originalName: row["originalName"], fields: fields, uploadedBy: row["uploadedBy"],
                              created: Date(timeIntervalSince1970: row["created"]))
    }
}
