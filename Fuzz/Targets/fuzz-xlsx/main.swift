import CFuzzer
import Foundation
import VanbanData

/// One fuzz input: the bytes as a `.xlsx` list, its first sheet read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? SheetTable.read(data, path: "fuzz.xlsx", isODS: false, sheet: nil)
    return 0
}

// SwiftPM links libFuzzer's `main` and this entry point both; whichever runs, the same test runs.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
    guard let bytes else { return 0 }
    return fuzzXLSX(bytes, count)
})
