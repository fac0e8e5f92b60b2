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

// SwiftPM links libFuzzer's `main` and this entry point both; whichever runs, the same test runs.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
    guard let bytes else { return 0 }
    return fuzzYAML(bytes, count)
})
