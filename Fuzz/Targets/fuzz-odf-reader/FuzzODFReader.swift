import Foundation
import VanbanODF

/// libFuzzer entry: the bytes as a `.fodt` or `.odt`, read; a document read is walked for its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODFReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let document = try? Document(data: data, path: "fuzz.odt") { _ = document.plainText }
    return 0
}
