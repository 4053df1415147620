/// A parsed Markdown document: its tree, outline, links and raw HTML, ready to render.
public struct MarkdownDocument: Sendable {
    /// The document node; walk it with `MarkdownNode.walk`.
    public let root: MarkdownNode
    /// The options the document was parsed with (rendering uses them too).
    public let options: MarkdownOptions
    /// The heading nodes in document order, collected while parsing.
    let headingNodes: [MarkdownNode]

    /// Parses text; never fails.
    public static func parse(_ text: String, options: MarkdownOptions = .portal) -> MarkdownDocument {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
        return parse(utf8: bytes, options: options)
    }

    /// Parses bytes; invalid UTF-8 and NUL become U+FFFD. Never fails.
    public static func parse(utf8: [UInt8], options: MarkdownOptions = .portal) -> MarkdownDocument {
        let input = UTF8Sanitizer.sanitize(utf8)
        let storage = LiteralStorage(capacity: input.count + input.count / 8 + 16)
        let blocks = BlockParser(options: options, storage: storage)
        input.withUnsafeBufferPointer { blocks.parse($0) }
        let inlines = InlineParser(storage: storage, references: blocks.references, segments: blocks.segments,
                                   extensions: options.extensions)
        var headingNodes: [MarkdownNode] = []
        for leaf in blocks.leaves {
            inlines.parse(leaf)
            // Leaves close in document order, so this is the outline order.
            if leaf.type == .heading { headingNodes.append(leaf) }
        }
        return MarkdownDocument(root: blocks.root, options: options, headingNodes: headingNodes)
    }

    init(root: MarkdownNode, options: MarkdownOptions, headingNodes: [MarkdownNode]) {
        self.root = root
        self.options = options
        self.headingNodes = headingNodes
        guard options.headingIDs else { return }
        var usedIDs: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        for node in headingNodes {
            let base = Slug.make(node.plainText)
            var candidate = base
            if usedIDs.contains(base) {
                var suffix = nextSuffix[base] ?? 2
                candidate = "\(base)-\(suffix)"
                while usedIDs.contains(candidate) {
                    suffix += 1
                    candidate = "\(base)-\(suffix)"
                }
                nextSuffix[base] = suffix + 1
            }
            usedIDs.insert(candidate)
            node.headingID = candidate
        }
    }

    /// Every heading in document order.
    public var headings: [MarkdownHeading] {
        headingNodes.map { node in
            MarkdownHeading(level: Int(node.number), text: node.plainText, id: node.headingID, line: node.line,
                            column: node.column)
        }
    }

    /// Every link, image and autolink in document order (computed on each access).
    public var links: [MarkdownLink] {
        var result: [MarkdownLink] = []
        root.walk { node in
            if node.type == .link || node.type == .image { result.append(Self.linkRecord(node)) }
        }
        return result
    }

    /// Every raw HTML block and inline HTML piece in document order (computed on each access).
    public var rawHTML: [MarkdownRawHTML] {
        var result: [MarkdownRawHTML] = []
        root.walk { node in
            if node.type == .htmlBlock || node.type == .inlineHTML {
                result.append(MarkdownRawHTML(line: node.line, column: node.column, isBlock: node.type == .htmlBlock,
                                              text: node.literal))
            }
        }
        return result
    }

    /// How many nodes a link's text may span; longer texts are cut (pathological nesting only).
    static let linkTextNodeBudget = 256

    static func linkRecord(_ node: MarkdownNode) -> MarkdownLink {
        var text: [UInt8] = []
        node.appendPlainText(to: &text, nodeBudget: linkTextNodeBudget)
        return MarkdownLink(destination: node.literal, title: node.flags.contains(.hasTitle) ? node.extra : nil,
                     text: String(decoding: text, as: UTF8.self), isImage: node.type == .image, isAutolink: node.flags.contains(.autolink),
                     line: node.line, column: node.column)
    }

    /// The text content for search and readability: blocks separated by newlines.
    public var plainText: String {
        PlainTextRenderer.render(root)
    }

    /// Renders HTML. `rewriteLink` is called once per link/image destination (in document order);
    /// return .keep, .replace(newDestination) or .drop (render the text without a link / image alt text only).
    public func html(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> String {
        String(decoding: htmlUTF8(rewriteLink: rewriteLink), as: UTF8.self)
    }

    /// Renders HTML as UTF-8 bytes, ready to write to a file without a String round trip.
    public func htmlUTF8(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> [UInt8] {
        var renderer = HTMLRenderer(options: options, rewriteLink: rewriteLink)
        return renderer.render(root)
    }
}
