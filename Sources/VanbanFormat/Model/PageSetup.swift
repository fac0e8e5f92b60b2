/// The page of a document's first section: paper and margins in millimetres (Phụ lục I, mục
/// II.1 khổ giấy, II.3 định lề trang). `top` is where the text starts: a header's height is
/// added when the format keeps the header outside the margin (LibreOffice does).
public struct PageSetup: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double

    public init(width: Double, height: Double, top: Double, bottom: Double, left: Double, right: Double) {
        self.width = width
        self.height = height
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }
}
