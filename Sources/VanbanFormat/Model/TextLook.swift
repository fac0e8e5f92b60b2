/// How a run of text looks once every style it inherits is resolved: the font, the size and the
/// emphasis a reader sees (NĐ 30/2020, Phụ lục I, mục II.4–II.5: phông chữ, cỡ chữ và kiểu chữ).
public struct TextLook: Sendable, Equatable {
    /// The font family name (`Times New Roman`), or `nil` when no level names one.
    public var font: String?
    /// The size in points, or `nil` when no level gives one.
    public var size: Double?
    public var bold = false
    public var italic = false
    public var underlined = false
    /// Shown in capitals whatever was typed (Word's `w:caps`, ODF's `fo:text-transform`).
    public var allCaps = false

    public init(font: String? = nil, size: Double? = nil, bold: Bool = false, italic: Bool = false,
                underlined: Bool = false, allCaps: Bool = false) {
        self.font = font
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underlined = underlined
        self.allCaps = allCaps
    }
}

/// A piece of a paragraph's text with one look.
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var look: TextLook

    public init(text: String, look: TextLook) {
        self.text = text
        self.look = look
    }
}
