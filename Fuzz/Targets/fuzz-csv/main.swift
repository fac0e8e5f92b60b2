import CFuzzer
import Foundation
import VanbanData

/// The file each input is written to: `CSVTable` reads files, one row at a time.
private let file = URL(fileURLWithPath: NSTemporaryDirectory())
    .appendingPathComponent("vanban-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv")

/// One fuzz input: the bytes as a CSV list, every row read (bytes, encodings, quotes), then as
/// a list (its header found, its shape, its values read).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard (try? Data(bytes: bytes, count: count).write(to: file)) != nil else { return 0 }
    guard let table = try? CSVTable(url: file) else { return 0 }
    var rows = table.rows()
    while (try? rows.next()) != nil {}
    _ = try? RecordList(url: file, expectedFields: ["ho_ten", "don_vi"]).allRecords()
    return 0
}

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzCSV))
