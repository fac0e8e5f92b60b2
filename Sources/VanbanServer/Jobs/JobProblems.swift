import VanbanPipeline
import VanbanTemplate

/// A ``JobError`` as rows of the Kiểm tra table: each record problem on its own row with the
/// record and its row in the list; any other error as one row per line of its sentence.
enum JobProblems {
    static func rows(of error: JobError, plan: JobPlan, listName: String?) -> [CheckReport.Problem] {
        if case .records(let errors, _) = error {
            return errors.flatMap(\.all).map { problem in
                CheckReport.Problem(record: problem.record.map { plan.clerkText($0.description, listName: listName) } ?? "—",
                                    message: plan.clerkText(problem.said(of: nil).description, listName: listName))
            }
        }
        return plan.clerkText(error.description, listName: listName).split(separator: "\n").map {
            CheckReport.Problem(record: "—", message: String($0))
        }
    }
}
