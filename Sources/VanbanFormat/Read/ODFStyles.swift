import Foundation
import VanbanODF

/// ODF's style resolution (ODF 1.3 §16.2): the family's `style:default-style`, then the
/// `style:parent-style-name` chain of common styles, then the automatic style the element names.
/// Relative font sizes (`130%`) are taken of the inherited size.
struct ODFStyles {
    typealias Namespace = VanbanODF.Namespace

    struct Style {
        var parent: String?
        var node: TreeNode
    }

    /// Styles by family then name; automatic styles shadow common ones of the same name.
    var styles: [String: [String: Style]] = [:]
    var defaults: [String: TreeNode] = [:]
    var fontFamilies: [String: String] = [:]
    var pageLayouts: [String: TreeNode] = [:]
    var masterPages: [String: TreeNode] = [:]
    var masterOrder: [String] = []

    init(root: TreeNode) {
        root.forEachElement { node in
            if node.isElement(Namespace.style, "font-face"), let name = node.attribute(Namespace.style, "name") {
                fontFamilies[name] = Self.unquote(node.attribute(Namespace.svg, "font-family") ?? name)
            } else if node.isElement(Namespace.style, "default-style"), let family = node.attribute(Namespace.style, "family") {
                defaults[family] = node
            } else if node.isElement(Namespace.style, "style"), let name = node.attribute(Namespace.style, "name"),
                let family = node.attribute(Namespace.style, "family"),
                node.parent?.isElement(Namespace.office, "styles") == true || node.parent?.isElement(Namespace.office, "automatic-styles") == true
            {
                let isAutomatic = node.parent?.isElement(Namespace.office, "automatic-styles") == true
                if isAutomatic || styles[family]?[name] == nil {
                    styles[family, default: [:]][name] = Style(parent: node.attribute(Namespace.style, "parent-style-name"), node: node)
                }
            } else if node.isElement(Namespace.style, "page-layout"), let name = node.attribute(Namespace.style, "name") {
                pageLayouts[name] = node
            } else if node.isElement(Namespace.style, "master-page"), let name = node.attribute(Namespace.style, "name") {
                masterPages[name] = node
                masterOrder.append(name)
            }
        }
    }

    /// The style nodes that apply, the default style first, the named style last.
    func chain(family: String, name: String?) -> [TreeNode] {
        var result: [TreeNode] = []
        var seen: Set<String> = []
        var next = name
        while let current = next, !seen.contains(current), let style = styles[family]?[current] {
            seen.insert(current)
            result.insert(style.node, at: 0)
            next = style.parent
        }
        if let defaultStyle = defaults[family] { result.insert(defaultStyle, at: 0) }
        return result
    }

    /// The look `nodes` give, applied in order on top of `base`.
    func look(_ nodes: [TreeNode], base: TextLook = TextLook()) -> TextLook {
        var look = base
        for node in nodes {
            guard let properties = node.firstChild(Namespace.style, "text-properties") else { continue }
            if let name = properties.attribute(Namespace.style, "font-name") {
                look.font = fontFamilies[name] ?? name
            } else if let family = properties.attribute(Namespace.fo, "font-family") {
                look.font = Self.unquote(family)
            }
            if let size = properties.attribute(Namespace.fo, "font-size") {
                if size.hasSuffix("%"), let percent = Double(size.dropLast()) {
                    look.size = look.size.map { $0 * percent / 100 }
                } else if let points = Self.points(size) {
                    look.size = points
                }
            }
            if let weight = properties.attribute(Namespace.fo, "font-weight") {
                look.bold = weight == "bold" || (Int(weight) ?? 400) >= 600
            }
            if let style = properties.attribute(Namespace.fo, "font-style") {
                look.italic = style == "italic" || style == "oblique"
            }
            if let underline = properties.attribute(Namespace.style, "text-underline-style") {
                look.underlined = underline != "none"
            }
            if let transform = properties.attribute(Namespace.fo, "text-transform") {
                look.allCaps = transform == "uppercase"
            }
        }
        return look
    }

    /// A paragraph's layout from its style chain.
    func layout(_ nodes: [TreeNode], into paragraph: inout Paragraph) {
        for node in nodes {
            guard let properties = node.firstChild(Namespace.style, "paragraph-properties") else { continue }
            if let align = properties.attribute(Namespace.fo, "text-align") {
                switch align {
                case "center": paragraph.alignment = .centre
                case "end", "right": paragraph.alignment = .right
                case "justify": paragraph.alignment = .justified
                default: paragraph.alignment = .left
                }
            }
            if let value = properties.attribute(Namespace.fo, "text-indent").flatMap(Self.points) { paragraph.firstLineIndent = value * 25.4 / 72 }
            if let value = properties.attribute(Namespace.fo, "margin-left").flatMap(Self.points) { paragraph.leftIndent = value * 25.4 / 72 }
            if let value = properties.attribute(Namespace.fo, "margin-right").flatMap(Self.points) { paragraph.rightIndent = value * 25.4 / 72 }
            if let value = properties.attribute(Namespace.fo, "margin-top").flatMap(Self.points) { paragraph.spaceBefore = value }
            if let value = properties.attribute(Namespace.fo, "margin-bottom").flatMap(Self.points) { paragraph.spaceAfter = value }
            if let border = properties.attribute(Namespace.fo, "border-bottom") ?? properties.attribute(Namespace.fo, "border") {
                paragraph.bottomBorder = border != "none" && !border.hasPrefix("0pt") && !border.hasPrefix("0cm")
            }
            if properties.attribute(Namespace.fo, "break-before") == "page" { paragraph.pageBreakBefore = true }
        }
        if nodes.last?.attribute(Namespace.style, "master-page-name").map({ !$0.isEmpty }) == true { paragraph.pageBreakBefore = true }
    }

    /// The first page's setup: the master page of the first paragraph (or `Standard`).
    func page(master name: String?) -> PageSetup? {
        guard let master = masterPages[name ?? "Standard"] ?? masterOrder.first.flatMap({ masterPages[$0] }),
            let layoutName = master.attribute(Namespace.style, "page-layout-name"),
            let properties = pageLayouts[layoutName]?.firstChild(Namespace.style, "page-layout-properties")
        else { return nil }
        func mm(_ name: String) -> Double { (properties.attribute(Namespace.fo, name).flatMap(Self.points) ?? 0) * 25.4 / 72 }
        var top = mm("margin-top")
        if master.firstChild(Namespace.style, "header") != nil,
            let header = pageLayouts[layoutName]?.firstChild(Namespace.style, "header-style")?.firstChild(Namespace.style, "header-footer-properties")
        {
            let first = master.firstChild(Namespace.style, "header-first")
            if first == nil || first?.attribute(Namespace.style, "display") != "false" {
                // Word's headers imported by LibreOffice have dynamic spacing: the body starts at
                // the margin plus the minimum height, the spacing being taken out of that height.
                let dynamic = header.attribute(Namespace.style, "dynamic-spacing") == "true"
                top += ((header.attribute(Namespace.fo, "min-height").flatMap(Self.points) ?? 0)
                    + (dynamic ? 0 : header.attribute(Namespace.fo, "margin-bottom").flatMap(Self.points) ?? 0)) * 25.4 / 72
            }
        }
        return PageSetup(width: mm("page-width"), height: mm("page-height"), top: top, bottom: mm("margin-bottom"),
                         left: mm("margin-left"), right: mm("margin-right"))
    }

    /// A length in points: `pt`, `cm`, `mm`, `in`, `pc`, `px`.
    static func points(_ value: String) -> Double? {
        let units: [(String, Double)] = [("pt", 1), ("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pc", 12), ("px", 0.75)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return Double(value.dropLast(unit.count)).map { $0 * factor }
        }
        return Double(value)
    }

    static func unquote(_ name: String) -> String {
        name.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
    }
}

