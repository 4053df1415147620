/// One node of a parsed document: a block (paragraph, list, table …) or an inline (text, link …).
///
/// A light handle into the document's tree; documents are immutable once parsed, so handles may be shared.
public struct MarkdownNode: Sendable {
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

    let tree: DocumentTree
    let index: Int32

    init(tree: DocumentTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    var record: NodeRecord { tree[index] }

    /// The 1-based source line where the node starts.
    public var line: Int { Int(record.line) }
    /// The 1-based source column, counted in Unicode scalars, where the node starts.
    public var column: Int { Int(record.column) }

    /// The heading's `id`, when heading ids are on.
    public var headingID: String? {
        let record = record
        guard record.flags.contains(.hasHeadingID) else { return nil }
        return tree.string(record.extraStart, record.extraEnd)
    }

    /// The node's children in document order.
    public var children: [MarkdownNode] {
        tree.children(of: index).map { MarkdownNode(tree: tree, index: $0) }
    }

    var literal: String { tree.string(record.literalStart, record.literalEnd) }
    var extra: String { tree.string(record.extraStart, record.extraEnd) }

    /// What the node is, with its values.
    public var kind: Kind {
        let record = record
        switch record.type {
        case .document: return .document
        case .blockQuote: return .blockQuote
        case .list:
            let ordered = record.flags.contains(.ordered)
            return .list(ordered: ordered, start: ordered ? Int(record.number) : 1, tight: record.flags.contains(.tight))
        case .item: return .item
        case .codeBlock: return .codeBlock(info: extra, code: literal)
        case .htmlBlock: return .htmlBlock(literal)
        case .paragraph: return .paragraph
        case .heading: return .heading(level: Int(record.number))
        case .thematicBreak: return .thematicBreak
        case .table: return .table
        case .tableRow: return .tableRow(isHeader: record.flags.contains(.header))
        case .tableCell: return .tableCell(alignment: TableAlignment(rawValue: UInt8(truncatingIfNeeded: record.number)) ?? .none)
        case .text: return .text(literal)
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .code: return .code(literal)
        case .inlineHTML: return .inlineHTML(literal)
        case .emphasis: return .emphasis
        case .strong: return .strong
        case .strikethrough: return .strikethrough
        case .link: return .link(destination: literal, title: record.flags.contains(.hasTitle) ? extra : nil)
        case .image: return .image(destination: literal, title: record.flags.contains(.hasTitle) ? extra : nil)
        }
    }

    /// True for block-level nodes (paragraphs, lists, tables …), false for inlines.
    public var isBlock: Bool { record.type.isBlock }

    /// The concatenated text of this node's inline content (for an image: its alt text).
    public var plainText: String {
        var bytes: [UInt8] = []
        tree.appendPlainText(of: index, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
