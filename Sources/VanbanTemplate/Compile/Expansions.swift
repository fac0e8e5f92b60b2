import Foundation

/// What a template takes from elsewhere, compiled once per template: the partials and parents
/// it names (`{{> name}}`, `{{< name}}`) and each block override as it stands where its parent
/// places it (`{{$name}}`). ``prepare(_:)`` compiles every one a template reaches by a fixed
/// name when the template is compiled; rendering only looks them up. Names taken from the data
/// (`{{> *name}}`) are compiled the first time a record asks for them, then kept.
final class Expansions: @unchecked Sendable {
    private let source: PartialSource
    private let options: Template.Options
    /// Compiled partials by name and indentation.
    private var partials: [String: [Node]] = [:]
    /// Block overrides expanded at a site, by the two blocks' identities.
    private var blocks: [BlockPair: [Node]] = [:]
    private let lock = NSLock()
    /// How many partials and block expansions have been compiled (tests hold rendering to none).
    private(set) var compilations = 0

    private struct BlockPair: Hashable {
        let override: ObjectIdentifier
        let site: ObjectIdentifier
    }

    /// Partials and parents reached at most this deep while preparing; deeper ones are
    /// compiled when rendered (and stopped there by the renderer's own limits).
    private static let prepareDepth = 64

    init(source: PartialSource, options: Template.Options) {
        self.source = source
        self.options = options
    }

    /// A partial or parent, compiled once per name and indentation; `nil` when there is none.
    func partial(_ name: String, indent: String) throws(TemplateError) -> [Node]? {
        let key = "\(name)\u{0}\(indent)"
        if let cached = locked({ partials[key] }) { return cached }
        guard let compiled = try source.compile(name, indent: indent, options: options) else { return nil }
        try FormatterCheck.check(compiled, registry: options.formatters)
        locked {
            partials[key] = compiled
            compilations += 1
        }
        return compiled
    }

    /// `override`'s content as it stands at `site`: re-indented for a text template, the
    /// override's own nodes when nothing moves.
    func expand(_ override: Block, at site: Block) throws(TemplateError) -> [Node] {
        let key = BlockPair(override: ObjectIdentifier(override.identity), site: ObjectIdentifier(site.identity))
        if let cached = locked({ blocks[key] }) { return cached }
        let nodes = Indentation.isInPlace(override, at: site)
            ? override.nodes : try Parser(file: override.file).parse(Indentation.expand(override, at: site))
        locked {
            blocks[key] = nodes
            compilations += 1
        }
        return nodes
    }

    /// Compiles every partial, parent and block expansion `nodes` reach by a fixed name.
    /// A problem is left for rendering to report, with the record that meets it.
    func prepare(_ nodes: [Node]) {
        var seen: Set<String> = []
        prepare(nodes, overrides: [:], seen: &seen, depth: 0)
    }

    private func prepare(_ nodes: [Node], overrides: [String: Block], seen: inout Set<String>, depth: Int) {
        guard depth < Self.prepareDepth else { return }
        for node in nodes {
            switch node {
            case .section(_, let content), .inverted(_, let content):
                prepare(content, overrides: overrides, seen: &seen, depth: depth)
            case .partial(let tag, let indent):
                guard let included = reach(tag, indent: indent, seen: &seen) else { continue }
                prepare(included, overrides: overrides, seen: &seen, depth: depth + 1)
            case .parent(let tag, let indent, let own):
                // The outer template's overrides win over the parent's own, as when rendering.
                var merged = own
                for (name, block) in overrides { merged[name] = block }
                for block in own.values { prepare(block.nodes, overrides: overrides, seen: &seen, depth: depth + 1) }
                guard let parent = reach(tag, indent: indent, seen: &seen) else { continue }
                prepare(parent, overrides: merged, seen: &seen, depth: depth + 1)
            case .block(let tag, let site):
                guard let override = overrides[tag.name] else {
                    prepare(site.nodes, overrides: overrides, seen: &seen, depth: depth)
                    continue
                }
                guard let expanded = try? expand(override, at: site) else { continue }
                prepare(expanded, overrides: overrides, seen: &seen, depth: depth + 1)
            case .text, .variable, .paragraphValue, .uniqueName, .pageStyle:
                continue
            }
        }
    }

    /// The partial a tag names, compiled, the first time it is met with these overrides.
    private func reach(_ tag: Tag, indent: String, seen: inout Set<String>) -> [Node]? {
        guard !tag.name.hasPrefix("*"), seen.insert("\(tag.name)\u{0}\(indent)").inserted else { return nil }
        return (try? partial(tag.name, indent: indent)) ?? nil
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
