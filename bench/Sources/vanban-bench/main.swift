import Foundation
import VanbanData
import VanbanODF
import VanbanTemplate

/// Benchmarks vanban's engine. Prints figures; never a test.
/// `vanban-bench memory N` renders N certificates to memory and prints files/s.
let arguments = CommandLine.arguments.dropFirst()
let mode = arguments.first ?? "memory"
let count = arguments.dropFirst().first.flatMap(Int.init) ?? 20_000

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

switch mode {
case "memory":
    let template = try Template(document: try Document(data: Data(Templates.certificate().utf8), path: "giay-khen.fodt"))
    var buffer: [UInt8] = []
    var bytes = 0
    let time = try seconds {
        for index in 0..<count {
            try template.render(Workload.value(Workload.person(index)), into: &buffer)
            bytes += buffer.count
        }
    }
    print("certificates to memory: \(count) in \(String(format: "%.3f", time)) s = \(Int(Double(count) / time)) /s, \(bytes / count) bytes each")
case "table":
    let template = try Template(document: try Document(data: Data(Templates.list().utf8), path: "danh-sach.fodt"))
    let rows = Value.object(["danh_sach": .list((0..<count).map { Workload.value(Workload.person($0)) })])
    var buffer: [UInt8] = []
    var best = Double.infinity
    for _ in 0..<5 {
        best = min(best, try seconds { try template.render(rows, into: &buffer) })
    }
    print("danh sách: \(count) rows in \(String(format: "%.1f", best * 1000)) ms (best of 5), \(buffer.count) bytes")
default:
    print("usage: vanban-bench memory|table [N]")
}
