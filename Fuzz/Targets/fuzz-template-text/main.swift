import CFuzzer
import Foundation
import VanbanTemplate

/// One fuzz input: the bytes as a text template (and as its own partial `m`), compiled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? Template(text: text, path: "fuzz.txt", html: false, partials: ["m": text])
    return 0
}

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzTemplateText))
