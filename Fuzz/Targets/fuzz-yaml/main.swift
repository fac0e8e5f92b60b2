import CFuzzer
import Foundation
import VanbanData

/// One fuzz input: the bytes as YAML (or JSON) data.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? YAMLReader.read(text, path: "fuzz.yaml")
    return 0
}

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzYAML))
