import Foundation
import OrderedCollections
import Testing
import VanbanData
import VanbanTemplate

/// The official Mustache spec (`../shared/mustache-spec/*.json`), run against text templates
/// rendered as `.html` (the spec's escaping) with missing fields allowed, as the spec wants.
/// Lambdas are out of scope and are not in the shared copy.
@Suite struct MustacheSpecTests {
    struct SpecFile: Decodable {
        let tests: [SpecTest]
    }

    struct SpecTest: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let desc: String
        let data: JSONValue
        let template: String
        let partials: [String: String]?
        let expected: String
        var file = ""

        enum CodingKeys: String, CodingKey { case name, desc, data, template, partials, expected }

        var testDescription: String { "\(file): \(name)" }
    }

    /// JSON data as the spec gives it, turned into ``Value`` (numbers printed as JSON would).
    indirect enum JSONValue: Decodable, Sendable {
        case value(Value)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .value(.null)
            } else if let bool = try? container.decode(Bool.self) {
                self = .value(.bool(bool))
            } else if let number = try? container.decode(Decimal.self) {
                self = .value(.number(number))
            } else if let string = try? container.decode(String.self) {
                self = .value(.string(string))
            } else if let list = try? container.decode([JSONValue].self) {
                self = .value(.list(list.map(\.value)))
            } else {
                let object = try container.decode([String: JSONValue].self)
                var fields = OrderedDictionary<String, Value>()
                for key in object.keys.sorted() { fields[key] = object[key]!.value }
                self = .value(.object(fields))
            }
        }

        var value: Value {
            switch self { case .value(let value): return value }
        }
    }

    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/mustache-spec")
    }()

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections",
                        "~inheritance", "~dynamic-names"]

    static let tests: [SpecTest] = {
        var all: [SpecTest] = []
        for file in files {
            let url = folder.appendingPathComponent("\(file).json")
            guard let data = try? Data(contentsOf: url),
                let spec = try? JSONDecoder().decode(SpecFile.self, from: data)
            else { continue }
            all += spec.tests.map { var test = $0; test.file = file; return test }
        }
        return all
    }()

    @Test func theSharedSpecIsThereAndComplete() {
        // 12 + 14 + 42 + 22 + 12 + 34 required, 27 + 21 optional: 184 in all.
        #expect(Self.tests.count == 184, "spec tests found in \(Self.folder.path): \(Self.tests.count)")
        let required = Self.tests.filter { !$0.file.hasPrefix("~") }.count
        print("Mustache spec: \(Self.tests.count) tests (\(required) required, \(Self.tests.count - required) optional: ~inheritance, ~dynamic-names)")
    }

    @Test(arguments: tests)
    func spec(_ test: SpecTest) throws {
        let template = try Template(text: test.template, path: "\(test.name).html", html: true,
                                    partials: test.partials ?? [:], options: .init(strict: false))
        let output = try template.render(test.data.value).text
        #expect(output == test.expected, "\(test.file): \(test.name) — \(test.desc)")
    }
}
