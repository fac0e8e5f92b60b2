/// What `body` throws, as its message (`"\(error)"`: vanban's errors describe themselves in
/// Vietnamese), or `nil` when it throws nothing.
public func thrownMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}
