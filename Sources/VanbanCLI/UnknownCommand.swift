import ArgumentParser
import VanbanTemplate

/// A first word that is not a command, answered in Vietnamese with the closest command.
enum UnknownCommand {
    static func check(_ arguments: [String], among commands: [ParsableCommand.Type]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        var names = ["help"]
        for command in commands {
            let configuration = command.configuration
            if let name = configuration.commandName { names.append(name) }
            names += configuration.aliases
        }
        guard !names.contains(first) else { return nil }
        var message = "Lỗi: không có lệnh \"\(first)\"."
        if let closest = Suggestion.closest(to: first, among: names) {
            message += " Có phải \"\(closest)\"?"
        }
        let list = commands.compactMap { command -> String? in
            let configuration = command.configuration
            guard let name = configuration.commandName else { return nil }
            let aliases = configuration.aliases.isEmpty ? "" : " (\(configuration.aliases.joined(separator: ", ")))"
            return "  \(name)\(aliases): \(configuration.abstract)"
        }
        message += "\nCác lệnh có:\n" + list.joined(separator: "\n")
        message += "\nXem 'vanban --help' để biết thêm."
        return message
    }
}
