import VanbanData
import VanbanODF
import VanbanTemplate

/// An error a command reports to the clerk: one of the modules' errors, whose `description` is
/// already a Vietnamese sentence naming the file and what to do. Exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: any Error) {
        // Every module's error type describes itself in Vietnamese.
        description = String(describing: error)
    }

    init(message: String) {
        description = message
    }
}
