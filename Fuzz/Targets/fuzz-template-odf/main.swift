import CFuzzer
import Foundation
import VanbanODF
import VanbanTemplate

/// One fuzz input: the bytes as an ODF template (`.fodt` or `.odt`), read then compiled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateODF(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let document = try? Document(data: data, path: "fuzz.fodt") else { return 0 }
    _ = try? Template(document: document)
    return 0
}

// SwiftPM links libFuzzer's `main` and this entry point both; whichever runs, the same test runs.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
    guard let bytes else { return 0 }
    return fuzzTemplateODF(bytes, count)
})
