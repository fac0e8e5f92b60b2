/// The scalars of valid UTF-8 bytes (a String's), read by hand for the fast paths that look at
/// every value of a list (legacy-font detection, XML escaping): ASCII without decoding, two- and
/// three-byte sequences decoded in place.
public enum UTF8Walk {
    /// Whether `accept` takes every scalar of `bytes`, stopping at the first it refuses. A
    /// four-byte scalar (outside the Basic Multilingual Plane) is refused without asking.
    @inlinable
    public static func all(_ bytes: UnsafeBufferPointer<UInt8>, _ accept: (UInt32) -> Bool) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let scalar: UInt32
            if byte < 0x80 {
                scalar = UInt32(byte)
                index += 1
            } else if byte & 0xE0 == 0xC0, index + 1 < count {
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte & 0xF0 == 0xE0, index + 2 < count {
                scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false
            }
            guard accept(scalar) else { return false }
        }
        return true
    }
}
