import Testing
import VanbanData

/// YAML that would explode when built: refused from the event stream, before any value exists.
@Suite struct HostileYAMLTests {
    func message(_ text: String) -> String? {
        do {
            _ = try YAMLReader.read(text, path: "du-lieu.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    /// The 434-byte "billion laughs" of YAML: nine levels of nine aliases.
    @Test func anAnchorBombIsRefusedAtItsFirstAlias() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        #expect(message(lines.joined(separator: "\n")) == "du-lieu.yaml:2:8: vanban không đọc bí danh YAML (*tên); "
            + "hãy viết đầy đủ giá trị ở chỗ này.")
    }

    @Test func anAliasAsAKeyIsRefusedToo() {
        #expect(message("a: &k x\n*k : 1\n") == "du-lieu.yaml:2:1: vanban không đọc bí danh YAML (*tên); "
            + "hãy viết đầy đủ giá trị ở chỗ này.")
    }

    @Test func anAnchorAloneAndStarsInTextAreFine() throws {
        let value = try YAMLReader.read("a: &x Phòng A & B\nb: 'x *y'\nc: ghi *chú*\n", path: "du-lieu.yaml")
        #expect(value["a"] == .string("Phòng A & B"))
        #expect(value["c"] == .string("ghi *chú*"))
    }

    @Test func deepNestingIsRefusedWithItsPlace() {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(message(text) == "du-lieu.yaml:1:65: danh sách, nhóm lồng nhau quá 64 tầng; hãy bớt tầng lồng.")
        let block = (0..<100).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n") + "x"
        #expect(message(block)?.hasPrefix("du-lieu.yaml:65:") == true)
    }

    /// libyaml itself stops at 1,000 levels, before vanban's check sees them: still one error.
    @Test func hundredThousandLevelsEndWithASyntaxError() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(message(text)?.hasPrefix("du-lieu.yaml:1:1: sai cú pháp: ") == true)
    }

    @Test func sixtyFourLevelsAreRead() throws {
        let text = String(repeating: "[", count: 64) + "1" + String(repeating: "]", count: 64)
        var value = try YAMLReader.read(text, path: "du-lieu.yaml")
        var depth = 0
        while case .list(let items) = value, let first = items.first {
            value = first
            depth += 1
        }
        #expect(depth == 64)
    }
}
