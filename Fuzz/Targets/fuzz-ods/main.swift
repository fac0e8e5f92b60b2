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

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzODS))
