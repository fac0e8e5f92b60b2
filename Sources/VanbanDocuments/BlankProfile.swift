import Foundation
import VanbanData

/// Phôi: a pre-printed blank (Giấy khen, Bằng khen) that already carries its border, the Quốc
/// hiệu and the title, onto which only the variable text is printed. A profile says where each
/// field goes on the paper, in millimetres from the paper's top-left corner, so that an office
/// can measure its own blanks and adjust.
///
/// The profile is YAML (Vietnamese keys, as the office edits it):
/// ```yaml
/// ten: Giấy khen in trên phôi A4 ngang
/// kho_giay: A4 ngang          # A4 ngang, A4 dọc, A3 ngang, A3 dọc, or 330x250 (mm)
/// truong:
///   - ten: ho_ten             # the field; its text is {{ho_ten}} unless noi_dung says otherwise
///     x: 20                   # left edge of the field's box, mm from the paper's left edge
///     y: 88                   # top of the box, mm from the paper's top edge
///     rong: 257               # width of the box, mm
///     canh: giua              # trai, giua (default), phai
///     co_chu: 24              # font size in pt (14 by default)
///     dam: true               # bold
///     nghieng: true           # italic
///     mau: "#c00000"          # colour (black by default)
///     cao: 20                 # optional height of the box in mm (it grows with its text)
/// ```
/// ``template(offset:)`` turns a profile into an ODF template with one positioned frame per
/// field; ``calibrationSheet(offset:)`` into a sheet with rulers and a box at each field.
public struct BlankProfile: Sendable, Equatable {
    /// Where a field's text sits in its box.
    public enum Alignment: String, Sendable, CaseIterable {
        /// `trai`: flush left.
        case left = "trai"
        /// `giua`: centred (the default).
        case centre = "giua"
        /// `phai`: flush right.
        case right = "phai"

        var odf: String {
            switch self {
            case .left: return "start"
            case .centre: return "center"
            case .right: return "end"
            }
        }
    }

    /// One field printed on the blank.
    public struct Field: Sendable, Equatable {
        /// The field's name (`ho_ten`): the frame's name and the default text `{{ho_ten}}`.
        public var name: String
        /// The template text printed in the box: `{{ho_ten}}`, `Số sổ vàng: {{so_so_vang}}`.
        public var text: String
        /// The box: left, top, width, in mm from the paper's top-left corner.
        public var x: Double, y: Double, width: Double
        /// The box's minimum height in mm (it grows with its text); `nil`: one line.
        public var height: Double?
        /// Where the text sits in the box.
        public var alignment: Alignment
        /// Font size in points.
        public var size: Double
        /// Bold (`dam`), italic (`nghieng`).
        public var bold: Bool, italic: Bool
        /// `#rrggbb`, or `nil` for black.
        public var colour: String?

        /// A field; its text is usually `{{name}}`.
        public init(name: String, text: String, x: Double, y: Double, width: Double, height: Double? = nil,
                    alignment: Alignment = .centre, size: Double = 14, bold: Bool = false, italic: Bool = false, colour: String? = nil) {
            self.name = name
            self.text = text
            self.x = x
            self.y = y
            self.width = width
            self.height = height
            self.alignment = alignment
            self.size = size
            self.bold = bold
            self.italic = italic
            self.colour = colour
        }

        /// The box's height when the profile gives none: one line of text.
        public var boxHeight: Double { height ?? (size * 1.25 * 25.4 / 72).rounded(toPlaces: 1) }
    }

    /// A shift of everything printed, in mm (`--lech 2,-1.5`: 2 mm right, 1.5 mm up), for a
    /// printer that feeds the blank off-centre.
    public struct Offset: Sendable, Equatable {
        /// Millimetres to the right (negative: left).
        public var x: Double
        /// Millimetres down (negative: up).
        public var y: Double

        /// `x` mm to the right, `y` mm down.
        public init(x: Double = 0, y: Double = 0) {
            self.x = x
            self.y = y
        }

        /// No shift.
        public static let none = Offset()

        /// Reads `X,Y` in mm (`2,-1.5`; a decimal comma is not accepted since the comma
        /// separates the two numbers: write `2.5,-1`).
        public init(parsing text: String) throws(DocumentsError) {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]), abs(x) <= 50, abs(y) <= 50 else {
                throw .invalid(field: "--lech", value: text, record: nil, expected: "hai số mm X,Y (sang phải, xuống dưới), mỗi số từ -50 đến 50, như 2,-1.5")
            }
            self.init(x: x, y: y)
        }
    }

    /// What the profile is for (the document's title).
    public var title: String
    /// Paper width and height in mm.
    public var paperWidth: Double, paperHeight: Double
    /// The fields, in the order they are written.
    public var fields: [Field]

    /// The paper sizes named in a profile, width × height in mm.
    public static let paperSizes: [String: (Double, Double)] = [
        "a4 ngang": (297, 210), "a4 doc": (210, 297), "a3 ngang": (420, 297), "a3 doc": (297, 420),
    ]

    /// A profile from its parts (sizes in mm).
    public init(title: String, paperWidth: Double, paperHeight: Double, fields: [Field]) {
        self.title = title
        self.paperWidth = paperWidth
        self.paperHeight = paperHeight
        self.fields = fields
    }

    /// Reads a profile from its YAML data (as `YAMLReader` reads it). Errors name the field
    /// (`truong 3 (ho_ten).x`) and what is expected.
    public init(_ value: Value) throws(DocumentsError) {
        guard case .object = value else { throw .missing(field: "truong", record: nil) }
        title = value["ten"]?.text.flatMap { $0.isEmpty ? nil : $0 } ?? "Phôi"
        let paper = value["kho_giay"]?.text ?? "A4 ngang"
        (paperWidth, paperHeight) = try Self.paper(paper)
        guard case .list(let items)? = value["truong"], !items.isEmpty else { throw .missing(field: "truong", record: nil) }
        var fields: [Field] = []
        for (index, item) in items.enumerated() {
            guard let name = item["ten"]?.text?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw .missing(field: "truong \(index + 1).ten", record: nil)
            }
            let place = "truong \(index + 1) (\(name))"
            func number(_ key: String, default fallback: Double? = nil, range: ClosedRange<Double>) throws(DocumentsError) -> Double {
                guard let text = item[key]?.text, !text.isEmpty else {
                    guard let fallback else { throw .missing(field: "\(place).\(key)", record: nil) }
                    return fallback
                }
                guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
                    throw .invalid(field: "\(place).\(key)", value: text, record: nil,
                                   expected: "số từ \(range.lowerBound.plainText) đến \(range.upperBound.plainText)")
                }
                return value
            }
            func flag(_ key: String) throws(DocumentsError) -> Bool {
                switch item[key] {
                case nil, .null?: return false
                case .bool(let value)?: return value
                case let other?:
                    throw .invalid(field: "\(place).\(key)", value: other.text ?? "", record: nil, expected: "true hoặc false")
                }
            }
            let alignmentText = item["canh"]?.text ?? ""
            guard let alignment = alignmentText.isEmpty ? .centre : Alignment(rawValue: FieldName.normalize(alignmentText)) else {
                throw .invalid(field: "\(place).canh", value: alignmentText, record: nil, expected: "trai, giua hoặc phai")
            }
            let colour = item["mau"]?.text.flatMap { $0.isEmpty ? nil : $0 }
            if let colour, colour.range(of: "^#[0-9a-fA-F]{6}$", options: .regularExpression) == nil {
                throw .invalid(field: "\(place).mau", value: colour, record: nil, expected: "mã màu dạng #c00000")
            }
            let x = try number("x", range: 0...paperWidth)
            let y = try number("y", range: 0...paperHeight)
            let width = try number("rong", range: 5...paperWidth)
            guard x + width <= paperWidth + 0.001 else {
                throw .invalid(field: "\(place).rong", value: width.plainText, record: nil,
                               expected: "x + rong không quá khổ giấy (\(paperWidth.plainText) mm)")
            }
            let height: Double? = item["cao"] == nil ? nil : try number("cao", range: 2...paperHeight)
            fields.append(Field(
                name: name, text: item["noi_dung"]?.text.flatMap { $0.isEmpty ? nil : $0 } ?? "{{\(name)}}",
                x: x, y: y, width: width, height: height, alignment: alignment,
                size: try number("co_chu", default: 14, range: 6...96), bold: try flag("dam"), italic: try flag("nghieng"),
                colour: colour))
        }
        self.fields = fields
    }

    /// Width and height in mm of `A4 ngang`, `A3 dọc`, … or `330x250`.
    static func paper(_ text: String) throws(DocumentsError) -> (Double, Double) {
        let key = text.precomposedStringWithCanonicalMapping.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "đ", with: "d").split(separator: " ").joined(separator: " ")
        if let size = paperSizes[key] { return size }
        let parts = key.split(whereSeparator: { $0 == "x" || $0 == "×" }).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 2, let width = parts[0], let height = parts[1], (50...1200).contains(width), (50...1200).contains(height) {
            return (width, height)
        }
        throw .invalid(field: "kho_giay", value: text, record: nil, expected: "A4 ngang, A4 dọc, A3 ngang, A3 dọc hoặc rộng x cao (mm), như 330x250")
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (self * factor).rounded() / factor
    }

    /// `12`, `12.5`, `-1.25`: as short as the value allows, a dot for decimals (ODF lengths, messages).
    var plainText: String {
        let rounded = self.rounded(toPlaces: 2)
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%g", rounded)
    }
}
