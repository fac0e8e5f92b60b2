import CFuzzer
import Foundation
import VanbanData

/// One fuzz input: the bytes as a `.ods` list, its first sheet read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODS(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? SheetTable.read(data, path: "fuzz.ods", isODS: true, sheet: nil)
    return 0
}

// SwiftPM links libFuzzer's `main` and this entry point both; whichever runs, the same test runs.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
    guard let bytes else { return 0 }
    return fuzzODS(bytes, count)
})
