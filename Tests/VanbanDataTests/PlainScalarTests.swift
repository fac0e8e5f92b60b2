import Testing
import VanbanData

/// Unquoted YAML/JSON scalars read as vanban always read them, now told without Yams's
/// regular expressions: only plain decimals are numbers, only true/false booleans.
@Suite struct PlainScalarTests {
    @Test func scalarsKeepTheirKinds() throws {
        let yaml = """
            a: 05
            b: -1.5
            c: .5
            d: 1.
            e: +3
            f: 1e5
            g: 0x1F
            h: 1_000
            i: .inf
            j: 12:30
            k: ~
            l:
            m: null
            n: True
            o: yes
            p: +.5
            q: "-"
            r: 1.2.3
            s: "05"
            """
        let value = try YAMLReader.read(yaml, path: "du-lieu.yaml")
        func kind(_ key: String) -> String { value[key].map { "\($0)" } ?? "?" }
        #expect(value["a"] == .number(5, text: "05"))
        #expect(value["b"] == .number(-1.5, text: "-1.5"))
        #expect(value["c"] == .number(0.5, text: ".5"))
        #expect(value["d"] == .number(1, text: "1."))
        #expect(value["e"] == .number(3, text: "+3"))
        for key in ["f", "g", "h", "i", "j", "o", "p", "q", "r", "s"] {
            #expect(value[key]?.kindName == "chuỗi", "\(key): \(kind(key))")
        }
        #expect(value["k"] == .null && value["l"] == .null && value["m"] == .null)
        #expect(value["n"] == .bool(true))
        #expect(value["s"] == .string("05"))
    }
}
