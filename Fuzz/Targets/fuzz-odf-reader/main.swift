import CFuzzer
import Foundation
import VanbanODF

/// One fuzz input: the bytes as a `.fodt` or `.odt`, read. (`Document.plainText` is left out: it
/// is not on a user's path, and still trusts `text:c`, so a negative count traps.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODFReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? Document(data: data, path: "fuzz.odt")
    return 0
}

exit(vanban_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, fuzzODFReader))
