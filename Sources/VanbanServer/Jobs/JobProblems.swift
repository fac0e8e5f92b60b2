import VanbanPipeline
import VanbanTemplate

/// A ``JobError`` as rows of the Kiểm tra table: one row per distinct record problem with the
/// records (and list rows) it hits; any other error as one row per line of its sentence.
enum JobProblems {
    static func rows(of error: JobError, plan: JobPlan, listName: String?) -> [CheckReport.Problem] {
        if case .records(let errors, _) = error.underlying {
            var order: [TemplateError] = []
            var places: [TemplateError: [RecordPlace]] = [:]
            for problem in errors.flatMap(\.all) {
                let key = problem.said(of: nil)
                if places[key] == nil { order.append(key) }
                places[key, default: []] += problem.record.map { [$0] } ?? []
            }
            return order.map { key in
                let hit = places[key] ?? []
                return CheckReport.Problem(
                    record: hit.isEmpty ? "—" : plan.clerkText(RecordPlace(merging: hit).description, listName: listName),
                    message: plan.clerkText(key.description, listName: listName))
            }
        }
        return plan.clerkText(error.description, listName: listName).split(separator: "\n").map {
            CheckReport.Problem(record: "—", message: String($0))
        }
    }
}
