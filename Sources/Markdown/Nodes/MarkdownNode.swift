/// One node of a parsed document: a block (paragraph, list, table …) or an inline (text, link …).
///
/// Nodes are immutable once `MarkdownDocument.parse` returns, which is why the class may be shared.
public final class MarkdownNode: @unchecked Sendable {
    /// What a node is, with the values that belong to it.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table
        case tableRow(isHeader: Bool)
        case tableCell(alignment: TableAlignment)
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case inlineHTML(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String?)
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
    var type: NodeType
    var flags: Flags = []
    /// Heading level, list start number, list bullet character, or table alignment.
    var number: Int32 = 0
    /// Text, code, HTML, code block content, or link destination.
    var literalStart: Int32 = 0
    var literalEnd: Int32 = 0
    /// Link title or code block info string.
    var extraStart: Int32 = 0
    var extraEnd: Int32 = 0
    var lineNumber: Int32
    var columnNumber: Int32
    /// The heading's `id`, assigned after parsing when heading ids are on.
    public internal(set) var headingID: String?

    /// The node's children in document order.
    public internal(set) var children: [MarkdownNode] = []

    init(_ type: NodeType, storage: LiteralStorage, line: Int32, column: Int32) {
        self.type = type
        self.storage = storage
        self.lineNumber = line
        self.columnNumber = column
    }

    deinit {
        // Release deep trees with an explicit stack: the default recursive
        // release would overflow the call stack on 100 000 nested block quotes.
        guard !children.isEmpty else { return }
        var pending = children
        children = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.children)
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
