/// A parsed Markdown document: its tree, outline, links and raw HTML, ready to render.
public struct MarkdownDocument: Sendable {
    /// The document node; walk it with `MarkdownNode.walk`.
    public let root: MarkdownNode
    /// The options the document was parsed with (rendering uses them too).
    public let options: MarkdownOptions
    let tree: DocumentTree
    /// The heading nodes in document order, collected while parsing.
    let headingNodes: [Int32]

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
        // Realistic pages have about one node per 16 bytes; the buffers grow when a document has more.
        let tree = DocumentTree(byteCapacity: input.count + input.count / 8 + 16, nodeCapacity: input.count / 16 + 16)
        let blocks = BlockParser(options: options, tree: tree)
        input.withUnsafeBufferPointer { blocks.parse($0) }
        let inlines = InlineParser(tree: tree, references: blocks.references, segments: blocks.segments,
                                   extensions: options.extensions)
        var headingNodes: [Int32] = []
        for leaf in blocks.leaves {
            inlines.parse(leaf)
            // Leaves close in document order, so this is the outline order.
            if tree[leaf].type == .heading { headingNodes.append(leaf) }
        }
        if options.headingIDs { assignHeadingIDs(headingNodes, in: tree) }
        return MarkdownDocument(root: MarkdownNode(tree: tree, index: blocks.root), options: options, tree: tree,
                                headingNodes: headingNodes)
    }

    /// Gives every heading a unique slug of its text as `id`; repeats get `-2`, `-3` …
    private static func assignHeadingIDs(_ headings: [Int32], in tree: DocumentTree) {
        // The ids live in the tree's bytes; the set remembers them as ranges there.
        var usedIDs = ByteRangeSet(minimumCapacity: headings.count)
        var nextSuffix: [HashableBytes: Int] = [:]
        func isUsed(_ id: [UInt8]) -> Bool {
            id.withUnsafeBufferPointer { key in tree.bytes.withUnsafeBufferPointer { usedIDs.contains(key, in: $0) } }
        }
        var text: [UInt8] = []
        for heading in headings {
            text.removeAll(keepingCapacity: true)
            tree.appendPlainText(of: heading, to: &text)
            var slug = text.withUnsafeBufferPointer { Slug.make(bytes: $0) }
            if slug.isEmpty { slug = Array("section".utf8) }
            var candidate = slug
            if isUsed(slug) {
                let base = HashableBytes(slug)
                var suffix = nextSuffix[base] ?? 2
                candidate = slug + Array("-\(suffix)".utf8)
                while isUsed(candidate) {
                    suffix += 1
                    candidate = slug + Array("-\(suffix)".utf8)
                }
                nextSuffix[base] = suffix + 1
            }
            let (start, end) = tree.appendBytes(candidate)
            tree.bytes.withUnsafeBufferPointer { usedIDs.insert(start: start, end: end, in: $0) }
            (tree[heading].extraStart, tree[heading].extraEnd) = (start, end)
            tree[heading].flags.insert(.hasHeadingID)
        }
    }

    /// Every heading in document order.
    public var headings: [MarkdownHeading] {
        headingNodes.map { index in
            let node = MarkdownNode(tree: tree, index: index)
            return MarkdownHeading(level: Int(tree[index].number), text: node.plainText, id: node.headingID,
                                   line: node.line, column: node.column)
        }
    }

    /// Every link, image and autolink in document order (computed on each access).
    public var links: [MarkdownLink] {
        var result: [MarkdownLink] = []
        root.walk { node in
            let type = tree[node.index].type
            if type == .link || type == .image { result.append(Self.linkRecord(tree, node.index)) }
        }
        return result
    }

    /// Every table in document order. Nodes are numbered in the order the parser makes them, so one pass over
    /// the node numbers finds them without walking the tree (most pages have none).
    public var tables: [MarkdownNode] {
        tree.nodes(ofType: .table).map { MarkdownNode(tree: tree, index: $0) }
    }

    /// Every raw HTML block and inline HTML piece in document order (computed on each access).
    public var rawHTML: [MarkdownRawHTML] {
        var result: [MarkdownRawHTML] = []
        root.walk { node in
            let type = tree[node.index].type
            if type == .htmlBlock || type == .inlineHTML {
                result.append(MarkdownRawHTML(line: node.line, column: node.column, isBlock: type == .htmlBlock,
                                              text: node.literal))
            }
        }
        return result
    }

    /// How many nodes a link's text may span; longer texts are cut (pathological nesting only).
    static let linkTextNodeBudget = 256

    static func linkRecord(_ tree: DocumentTree, _ node: Int32) -> MarkdownLink {
        var text: [UInt8] = []
        tree.appendPlainText(of: node, to: &text, nodeBudget: linkTextNodeBudget)
        let record = tree[node]
        return MarkdownLink(destination: tree.string(record.literalStart, record.literalEnd),
                            title: record.flags.contains(.hasTitle) ? tree.string(record.extraStart, record.extraEnd) : nil,
                            text: String(decoding: text, as: UTF8.self), isImage: record.type == .image,
                            isAutolink: record.flags.contains(.autolink), line: Int(record.line), column: Int(record.column))
    }

    /// The text content for search and readability: blocks separated by newlines.
    public var plainText: String {
        String(decoding: plainTextUTF8, as: UTF8.self)
    }

    /// `plainText` as UTF-8, as the renderer makes it: for readers of bytes, which need no `String` (whose making
    /// checks every byte of a page's text).
    public var plainTextUTF8: [UInt8] {
        PlainTextRenderer.render(tree, root.index)
    }

    /// Renders HTML. `rewriteLink` is called once per link/image destination (in document order);
    /// return .keep, .replace(newDestination) or .drop (render the text without a link / image alt text only).
    public func html(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> String {
        withHTML(rewriteLink: rewriteLink) { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders HTML as UTF-8 bytes, ready to write to a file without a String round trip.
    public func htmlUTF8(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> [UInt8] {
        withHTML(rewriteLink: rewriteLink) { Array($0) }
    }

    /// Renders HTML and lends its UTF-8 bytes to `body`, without copying them (for writing them out).
    public func withHTML<Result>(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil,
                                 _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let renderer = HTMLRenderer(tree: tree, options: options, rewriteLink: rewriteLink)
        renderer.render(root.index)
        return try renderer.out.withBytes(body)
    }
}
