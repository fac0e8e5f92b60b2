/// How much vanban agrees to read, so that a wrong or hostile file ends with a clear message
/// instead of filling the memory.
public struct ReadLimits: Sendable, Equatable {
    /// The largest file, in bytes (a `.fodt` or a zipped `.odt`).
    public var maxFileBytes: Int
    /// The largest part of an `.odt` once unzipped, in bytes.
    public var maxPartBytes: Int
    /// The most entries an `.odt` may hold.
    public var maxEntries: Int
    /// How many times larger than its compressed bytes a part (over 1 MB) may inflate.
    public var maxCompressionRatio: Int

    /// Limits of a file, a part, a number of entries and a compression ratio.
    public init(maxFileBytes: Int, maxPartBytes: Int, maxEntries: Int, maxCompressionRatio: Int = 100) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxEntries = maxEntries
        self.maxCompressionRatio = maxCompressionRatio
    }

    /// 256 MB files, 128 MB parts, 10,000 entries, parts inflating at most 100 times: far above
    /// any real document (LibreOffice's XML packs about 10 to 1), and a parsed tree that still
    /// fits in memory.
    public static let standard = ReadLimits(
        maxFileBytes: 256 << 20, maxPartBytes: 128 << 20, maxEntries: 10_000)
}
