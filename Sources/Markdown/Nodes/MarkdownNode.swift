/// One node of a parsed document: a block (paragraph, list, table …) or an inline (text, link …).
///
/// Nodes are immutable once `MarkdownDocument.parse` returns, which is why the class may be shared.
public final class MarkdownNode: @unchecked Sendable {
    /// What a node is, with the values that belong to it.
    public enum Kind: Sendable, Equatable {
        /// The root.
        case document
        /// A `>` block quote.
        case blockQuote
        /// A bullet or ordered list; `start` is 1 for bullet lists; tight lists render items without `<p>`.
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item.
        case item
        /// An indented or fenced code block with its info string.
        case codeBlock(info: String, code: String)
        /// A raw HTML block, as written.
        case htmlBlock(String)
        /// A paragraph.
        case paragraph
        /// An ATX or setext heading, level 1–6.
        case heading(level: Int)
        /// A thematic break (`---`).
        case thematicBreak
        /// A GFM table; its first row is the header row.
        case table
        /// A table row.
        case tableRow(isHeader: Bool)
        /// A table cell with its column's alignment.
        case tableCell(alignment: TableAlignment)
        /// Literal text, entities and escapes resolved.
        case text(String)
        /// A line ending inside a paragraph.
        case softBreak
        /// A hard line break.
        case lineBreak
        /// A code span.
        case code(String)
        /// Raw inline HTML, as written.
        case inlineHTML(String)
        /// Emphasis (`*x*`).
        case emphasis
        /// Strong emphasis (`**x**`).
        case strong
        /// GFM strikethrough (`~~x~~`).
        case strikethrough
        /// A link; the destination is unescaped but not percent-encoded.
        case link(destination: String, title: String?)
        /// An image; its children are the alt text.
        case image(destination: String, title: String?)
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let ordered = Flags(rawValue: 1)
        static let tight = Flags(rawValue: 2)
        static let hasTitle = Flags(rawValue: 4)
        static let autolink = Flags(rawValue: 8)
        static let header = Flags(rawValue: 16)
        static let fenced = Flags(rawValue: 32)
        static let parenDelimiter = Flags(rawValue: 64)
        static let lastLineBlank = Flags(rawValue: 128)
    }

    let storage: LiteralStorage
    @exclusivity(unchecked) var type: NodeType
    @exclusivity(unchecked) var flags: Flags = []
    /// Heading level, list start number, list bullet character, or table alignment.
    @exclusivity(unchecked) var number: Int32 = 0
    /// Text, code, HTML, code block content, or link destination.
    @exclusivity(unchecked) var literalStart: Int32 = 0
    @exclusivity(unchecked) var literalEnd: Int32 = 0
    /// Link title or code block info string.
    @exclusivity(unchecked) var extraStart: Int32 = 0
    @exclusivity(unchecked) var extraEnd: Int32 = 0
    @exclusivity(unchecked) var lineNumber: Int32
    @exclusivity(unchecked) var columnNumber: Int32
    /// The heading's `id`, assigned after parsing when heading ids are on.
    @exclusivity(unchecked) public internal(set) var headingID: String?

    /// The node's children in document order.
    @exclusivity(unchecked) public internal(set) var children: [MarkdownNode] = []

    init(_ type: NodeType, storage: LiteralStorage, line: Int32, column: Int32) {
        self.type = type
        self.storage = storage
        self.lineNumber = line
        self.columnNumber = column
    }

    deinit {
        // Release deep trees with an explicit stack: the default recursive release
        // would overflow the call stack on 100 000 nested block quotes. Leaf children
        // (most nodes) are released directly; only containers go through the stack.
        guard !children.isEmpty else { return }
        var pending: [MarkdownNode] = []
        for child in children where !child.children.isEmpty { pending.append(child) }
        children = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                for child in node.children where !child.children.isEmpty { pending.append(child) }
                node.children = []
            }
        }
    }

    /// The 1-based source line where the node starts.
    public var line: Int { Int(lineNumber) }
    /// The 1-based source column, counted in Unicode scalars, where the node starts.
    public var column: Int { Int(columnNumber) }

    var literal: String { storage.string(literalStart, literalEnd) }
    var extra: String { storage.string(extraStart, extraEnd) }

    /// What the node is, with its values.
    public var kind: Kind {
        switch type {
        case .document: return .document
        case .blockQuote: return .blockQuote
        case .list:
            let ordered = flags.contains(.ordered)
            return .list(ordered: ordered, start: ordered ? Int(number) : 1, tight: flags.contains(.tight))
        case .item: return .item
        case .codeBlock: return .codeBlock(info: extra, code: literal)
        case .htmlBlock: return .htmlBlock(literal)
        case .paragraph: return .paragraph
        case .heading: return .heading(level: Int(number))
        case .thematicBreak: return .thematicBreak
        case .table: return .table
        case .tableRow: return .tableRow(isHeader: flags.contains(.header))
        case .tableCell: return .tableCell(alignment: TableAlignment(rawValue: UInt8(truncatingIfNeeded: number)) ?? .none)
        case .text: return .text(literal)
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .code: return .code(literal)
        case .inlineHTML: return .inlineHTML(literal)
        case .emphasis: return .emphasis
        case .strong: return .strong
        case .strikethrough: return .strikethrough
        case .link: return .link(destination: literal, title: flags.contains(.hasTitle) ? extra : nil)
        case .image: return .image(destination: literal, title: flags.contains(.hasTitle) ? extra : nil)
        }
    }

    /// True for block-level nodes (paragraphs, lists, tables …), false for inlines.
    public var isBlock: Bool { type.isBlock }

    /// The concatenated text of this node's inline content (for an image: its alt text).
    public var plainText: String {
        var bytes: [UInt8] = []
        appendPlainText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
