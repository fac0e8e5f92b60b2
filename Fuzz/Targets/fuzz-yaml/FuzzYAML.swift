import Foundation
import VanbanData

/// libFuzzer entry: the bytes as YAML (or JSON) data.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? YAMLReader.read(text, path: "fuzz.yaml")
    return 0
}
