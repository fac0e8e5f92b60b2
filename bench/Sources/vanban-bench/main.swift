import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// vanban's benchmark helper (bench/README.md). Prints figures; never a test.
///
///     vanban-bench generate DIR PEOPLE [HEAVY]  templates for every engine, data sets
///                                               (light: PEOPLE records; heavy: HEAVY, 17 fields)
///     vanban-bench table TEMPLATE ROWS [odt] [heavy]  one danh sách of ROWS rows, render time
///                                               in process (data built in memory, not read)
///     vanban-bench memory N                   N certificates rendered to memory
///     vanban-bench docx-data N FILE           N certificates' records as JSON (bench/docx)
///     vanban-bench docx TEMPLATE N DIR        N separate .docx certificates written to DIR
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func document(_ xml: String, _ path: String) throws -> Document {
    try Document(data: Data(xml.utf8), path: path)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
    guard arguments.count >= 3, let people = Int(arguments[2]) else { fatalError("generate DIR PEOPLE [HEAVY]") }
    let heavy = arguments.count > 3 ? Int(arguments[3]) ?? 0 : 0
    let folder = URL(fileURLWithPath: arguments[1], isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Each engine's certificate and danh sách as `.odt` (`relatorio-giay-khen` + suffix +
    // `.odt`), vanban's as `.fodt` too.
    func writeTemplates(suffix: String, certificate: (Templates.Syntax) -> String, list: (Templates.Syntax) -> String,
                        then: (Templates.Syntax) throws -> Void = { _ in }) throws {
        for syntax in Templates.Syntax.all {
            for (kind, xml) in [("giay-khen", certificate(syntax)), ("danh-sach", list(syntax))] {
                let name = "\(syntax.name)-\(kind)\(suffix)"
                let made = try document(xml, name + ".fodt")
                try made.write(to: folder.appendingPathComponent(name + ".odt"), format: .odt)
                if syntax.name == "vanban" { try made.write(to: folder.appendingPathComponent(name + ".fodt"), format: .fodt) }
            }
            try then(syntax)
        }
    }
    try writeTemplates(suffix: "", certificate: Templates.certificate, list: Templates.list)
    try Workload.writeData(people: people, to: folder)
    if heavy > 0 {
        try writeTemplates(suffix: "-nang", certificate: HeavyTemplates.certificate, list: HeavyTemplates.list) { syntax in
            if syntax.name == "relatorio" {
                try document(HeavyTemplates.oneFile(syntax), "relatorio-mot-tep-nang.fodt")
                    .write(to: folder.appendingPathComponent("relatorio-mot-tep-nang.odt"), format: .odt)
            }
        }
        try HeavyWorkload.writeData(count: heavy, to: folder)
    }
    print("generated in \(folder.path): templates for \(Templates.Syntax.all.map(\.name).joined(separator: ", ")), \(people) people")
case "table":
    guard arguments.count >= 3, let rows = Int(arguments[2]) else { fatalError("table TEMPLATE ROWS [odt] [heavy]") }
    let packaged = arguments.dropFirst(3).contains("odt")
    let heavy = arguments.dropFirst(3).contains("heavy")
    let template = try Template(contentsOf: URL(fileURLWithPath: arguments[1]), options: .init(form: packaged ? .package : .flat))
    let data = Value.object(["danh_sach": .list((0..<rows).map { heavy ? HeavyWorkload.value($0) : Workload.value(Workload.person($0)) })])
    var best = Double.infinity
    var size = 0
    for _ in 0..<5 {
        if packaged {
            best = min(best, try seconds { size = try template.renderPackage(data).count })
        } else {
            var buffer: [UInt8] = []
            best = min(best, try seconds { try template.render(data, into: &buffer) })
            size = buffer.count
        }
    }
    print(String(format: "%.2f", best * 1000), size)
case "memory":
    let count = arguments.dropFirst().first.flatMap(Int.init) ?? 20_000
    let template = try Template(document: try document(Templates.certificate(), "giay-khen.fodt"))
    let packageTemplate = try Template(document: try document(Templates.certificate(), "giay-khen.fodt"), options: .init(form: .package))
    var buffer: [UInt8] = []
    var packaged = 0
    let flat = try seconds {
        for index in 0..<count { try template.render(Workload.value(Workload.person(index)), into: &buffer) }
    }
    let odt = try seconds {
        for index in 0..<min(count, 5000) { packaged += try packageTemplate.renderPackage(Workload.value(Workload.person(index))).count }
    }
    print("certificates to memory: .fodt \(Int(Double(count) / flat))/s (\(buffer.count) bytes), .odt \(Int(Double(min(count, 5000)) / odt))/s (\(packaged / min(count, 5000)) bytes)")
case "docx-data":
    guard arguments.count == 3, let count = Int(arguments[1]) else { fatalError("docx-data N FILE") }
    let records = (0..<count).map { index -> [String: String] in
        guard case .object(let fields) = DOCXCertificate.value(index) else { return [:] }
        return Dictionary(uniqueKeysWithValues: fields.compactMap { key, value in value.text.map { (key, $0) } })
    }
    try JSONSerialization.data(withJSONObject: records, options: [.sortedKeys]).write(to: URL(fileURLWithPath: arguments[2]))
case "docx":
    // Template loading, rendering and writing of N separate files, as `hang-loat` does, on one thread.
    guard arguments.count == 4, let count = Int(arguments[2]) else { fatalError("docx TEMPLATE N DIR") }
    let folder = URL(fileURLWithPath: arguments[3], isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let elapsed = try seconds {
        let template = try Template(contentsOf: URL(fileURLWithPath: arguments[1]))
        for index in 0..<count {
            try template.renderDOCXPackage(DOCXCertificate.value(index))
                .write(to: folder.appendingPathComponent("vanban-\(index + 1).docx"))
        }
    }
    print(String(format: "%.4f", elapsed))
default:
    print("usage: vanban-bench generate DIR PEOPLE [HEAVY] | table TEMPLATE ROWS [odt] [heavy] | memory [N] | docx-data N FILE | docx TEMPLATE N DIR")
}
