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

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzTemplateODF))
