import ArgumentParser

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
        if let closest = names.min(by: { distance(first, $0) < distance(first, $1) }),
            distance(first, closest) <= max(2, first.count / 3)
        {
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

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
