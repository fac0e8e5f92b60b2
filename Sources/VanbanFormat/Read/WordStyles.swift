import VanbanODF

/// Word's style resolution (ECMA-376 §17.7.2): document defaults (`w:docDefaults`), then the
/// paragraph style and its `w:basedOn` chain, then the character style chain, then the run's own
/// properties. Theme fonts (`w:asciiTheme`) are looked up in the theme part.
struct WordStyles {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Paragraph properties a style or a paragraph may set; `nil` leaves the inherited value.
    struct ParagraphProperties {
        var alignment: Paragraph.Alignment?
        var firstLine: Double?
        var left: Double?
        var right: Double?
        var before: Double?
        var after: Double?
        var bottomBorder: Bool?
        var pageBreakBefore: Bool?

        mutating func apply(_ other: ParagraphProperties) {
            alignment = other.alignment ?? alignment
            firstLine = other.firstLine ?? firstLine
            left = other.left ?? left
            right = other.right ?? right
            before = other.before ?? before
            after = other.after ?? after
            bottomBorder = other.bottomBorder ?? bottomBorder
            pageBreakBefore = other.pageBreakBefore ?? pageBreakBefore
        }
    }

    /// Run properties a level may set.
    struct RunProperties {
        var font: String?
        var size: Double?
        var bold: Bool?
        var italic: Bool?
        var underlined: Bool?
        var caps: Bool?

        mutating func apply(_ other: RunProperties) {
            font = other.font ?? font
            size = other.size ?? size
            bold = other.bold ?? bold
            italic = other.italic ?? italic
            underlined = other.underlined ?? underlined
            caps = other.caps ?? caps
        }

        var look: TextLook {
            TextLook(font: font, size: size, bold: bold ?? false, italic: italic ?? false,
                     underlined: underlined ?? false, allCaps: caps ?? false)
        }
    }

    struct Style {
        var basedOn: String?
        var paragraph = ParagraphProperties()
        var run = RunProperties()
    }

    var defaultParagraph = ParagraphProperties()
    var defaultRun = RunProperties()
    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?
    var themeFonts: [String: String] = [:]

    init(styles root: TreeNode?, theme: TreeNode?) {
        if let theme { themeFonts = Self.themeFonts(theme) }
        guard let root else { return }
        if let defaults = root.firstChild(Self.w, "docDefaults") {
            if let rPr = defaults.firstChild(Self.w, "rPrDefault")?.firstChild(Self.w, "rPr") { defaultRun = runProperties(rPr) }
            if let pPr = defaults.firstChild(Self.w, "pPrDefault")?.firstChild(Self.w, "pPr") { defaultParagraph = Self.paragraphProperties(pPr) }
        }
        for node in root.childElements where node.isElement(Self.w, "style") {
            guard let id = node.attribute(Self.w, "styleId") else { continue }
            var style = Style()
            style.basedOn = node.firstChild(Self.w, "basedOn")?.attribute(Self.w, "val")
            if let pPr = node.firstChild(Self.w, "pPr") { style.paragraph = Self.paragraphProperties(pPr) }
            if let rPr = node.firstChild(Self.w, "rPr") { style.run = runProperties(rPr) }
            styles[id] = style
            let isDefault = node.attribute(Self.w, "default").map { $0 == "1" || $0 == "true" } ?? false
            if isDefault, node.attribute(Self.w, "type") == "paragraph" { defaultParagraphStyle = id }
        }
    }

    /// The styles from `id` down its `basedOn` chain, the most basic first.
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var next = id
        while let current = next, !seen.contains(current), let style = styles[current] {
            seen.insert(current)
            result.insert(style, at: 0)
            next = style.basedOn
        }
        return result
    }

    /// A paragraph's properties and the run properties its style gives.
    func resolve(paragraphStyle id: String?, own: ParagraphProperties) -> (ParagraphProperties, RunProperties) {
        var paragraph = defaultParagraph
        var run = defaultRun
        for style in chain(id ?? defaultParagraphStyle) {
            paragraph.apply(style.paragraph)
            run.apply(style.run)
        }
        paragraph.apply(own)
        return (paragraph, run)
    }

    /// A run's look: the paragraph's run properties, the character style chain, its own.
    func look(base: RunProperties, characterStyle id: String?, own: RunProperties) -> TextLook {
        var run = base
        for style in chain(id) { run.apply(style.run) }
        run.apply(own)
        return run.look
    }

    static func paragraphProperties(_ pPr: TreeNode) -> ParagraphProperties {
        var result = ParagraphProperties()
        if let jc = pPr.firstChild(w, "jc")?.attribute(w, "val") {
            switch jc {
            case "center": result.alignment = .centre
            case "right", "end": result.alignment = .right
            case "both", "distribute": result.alignment = .justified
            default: result.alignment = .left
            }
        }
        if let ind = pPr.firstChild(w, "ind") {
            if let value = twips(ind.attribute(w, "firstLine")) { result.firstLine = value }
            if let value = twips(ind.attribute(w, "hanging")) { result.firstLine = -value }
            result.left = twips(ind.attribute(w, "left") ?? ind.attribute(w, "start"))
            result.right = twips(ind.attribute(w, "right") ?? ind.attribute(w, "end"))
        }
        if let spacing = pPr.firstChild(w, "spacing") {
            result.before = spacing.attribute(w, "before").flatMap(Double.init).map { $0 / 20 }
            result.after = spacing.attribute(w, "after").flatMap(Double.init).map { $0 / 20 }
        }
        if let border = pPr.firstChild(w, "pBdr")?.firstChild(w, "bottom") {
            let kind = border.attribute(w, "val") ?? "none"
            result.bottomBorder = kind != "none" && kind != "nil"
        }
        if let node = pPr.firstChild(w, "pageBreakBefore") { result.pageBreakBefore = toggle(node) }
        return result
    }

    func runProperties(_ rPr: TreeNode) -> RunProperties {
        let w = Self.w
        var result = RunProperties()
        if let fonts = rPr.firstChild(w, "rFonts") {
            if let theme = fonts.attribute(w, "hAnsiTheme") ?? fonts.attribute(w, "asciiTheme") {
                result.font = themeFonts[theme.hasPrefix("major") ? "major" : "minor"]
            } else {
                result.font = fonts.attribute(w, "hAnsi") ?? fonts.attribute(w, "ascii")
            }
        }
        if let size = rPr.firstChild(w, "sz")?.attribute(w, "val").flatMap(Double.init) { result.size = size / 2 }
        if let node = rPr.firstChild(w, "b") { result.bold = Self.toggle(node) }
        if let node = rPr.firstChild(w, "i") { result.italic = Self.toggle(node) }
        if let node = rPr.firstChild(w, "caps") { result.caps = Self.toggle(node) }
        if let node = rPr.firstChild(w, "u") {
            let kind = node.attribute(w, "val") ?? "single"
            result.underlined = kind != "none"
        }
        return result
    }

    /// `<w:b/>` is on; `w:val="0"`, `"false"` or `"off"` is off.
    static func toggle(_ node: TreeNode) -> Bool {
        guard let value = node.attribute(w, "val") else { return true }
        return !["0", "false", "off"].contains(value)
    }

    /// Twentieths of a point to millimetres.
    static func twips(_ value: String?) -> Double? {
        value.flatMap(Double.init).map { $0 / 1440 * 25.4 }
    }

    /// The theme's major and minor Latin fonts.
    static func themeFonts(_ theme: TreeNode) -> [String: String] {
        let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        var result: [String: String] = [:]
        theme.forEachElement { node in
            guard node.isElement(a, "latin"), let face = node.attribute(a, "typeface") ?? node.plainAttribute("typeface"),
                let parent = node.parent
            else { return }
            if parent.isElement(a, "majorFont"), result["major"] == nil { result["major"] = face }
            if parent.isElement(a, "minorFont"), result["minor"] == nil { result["minor"] = face }
        }
        return result
    }
}
