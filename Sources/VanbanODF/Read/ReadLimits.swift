/// How much vanban agrees to read, so that a wrong or hostile file ends with a clear message
/// instead of filling the memory.
public struct ReadLimits: Sendable, Equatable {
    /// The largest file, in bytes (a `.fodt` or a zipped `.odt`).
    public var maxFileBytes: Int
    /// The largest part of an `.odt` once unzipped, in bytes.
    public var maxPartBytes: Int
    /// The most entries an `.odt` may hold.
    public var maxEntries: Int

    public init(maxFileBytes: Int, maxPartBytes: Int, maxEntries: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxEntries = maxEntries
    }

    /// 256 MB files, 512 MB parts, 10,000 entries: far above any real document.
    public static let standard = ReadLimits(
        maxFileBytes: 256 << 20, maxPartBytes: 512 << 20, maxEntries: 10_000)
}
