/// A parsed Markdown document: its tree, outline, links and raw HTML, ready to render.
public struct MarkdownDocument: Sendable {
    /// The document node; walk it with `MarkdownNode.walk`.
    public let root: MarkdownNode
    /// The options the document was parsed with (rendering uses them too).
    public let options: MarkdownOptions
    /// Every heading in document order.
    public let headings: [MarkdownHeading]
    /// Every link, image and autolink in document order.
    public let links: [MarkdownLink]
    /// Every raw HTML block and inline HTML piece in document order.
    public let rawHTML: [MarkdownRawHTML]

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
        for leaf in blocks.leaves {
            inlines.parse(leaf)
        }
        return MarkdownDocument(root: blocks.root, options: options)
    }

    init(root: MarkdownNode, options: MarkdownOptions) {
        self.root = root
        self.options = options
        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var rawHTML: [MarkdownRawHTML] = []
        var usedIDs: [String: Int] = [:]
        root.walk { node in
            switch node.type {
            case .heading:
                let text = node.plainText
                var id: String? = nil
                if options.headingIDs {
                    let base = Slug.make(text)
                    var candidate = base
                    if let count = usedIDs[base] {
                        var next = count + 1
                        candidate = "\(base)-\(next)"
                        while usedIDs[candidate] != nil {
                            next += 1
                            candidate = "\(base)-\(next)"
                        }
                        usedIDs[base] = next
                    }
                    usedIDs[candidate] = usedIDs[candidate] ?? 1
                    node.headingID = candidate
                    id = candidate
                }
                headings.append(MarkdownHeading(level: Int(node.number), text: text, id: id, line: node.line,
                                                column: node.column))
            case .link, .image:
                links.append(Self.linkRecord(node))
            case .htmlBlock:
                rawHTML.append(MarkdownRawHTML(line: node.line, column: node.column, isBlock: true, text: node.literal))
            case .inlineHTML:
                rawHTML.append(MarkdownRawHTML(line: node.line, column: node.column, isBlock: false, text: node.literal))
            default:
                break
            }
        }
        self.headings = headings
        self.links = links
        self.rawHTML = rawHTML
    }

    static func linkRecord(_ node: MarkdownNode) -> MarkdownLink {
        MarkdownLink(destination: node.literal, title: node.flags.contains(.hasTitle) ? node.extra : nil,
                     text: node.plainText, isImage: node.type == .image, isAutolink: node.flags.contains(.autolink),
                     line: node.line, column: node.column)
    }

    /// The text content for search and readability: blocks separated by newlines.
    public var plainText: String {
        PlainTextRenderer.render(root)
    }

    /// Renders HTML. `rewriteLink` is called once per link/image destination (in document order);
    /// return .keep, .replace(newDestination) or .drop (render the text without a link / image alt text only).
    public func html(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> String {
        var renderer = HTMLRenderer(options: options, rewriteLink: rewriteLink)
        return renderer.render(root)
    }
}
