/// One node of a document tree as plain data: what it is, where its text lives and how it is linked.
///
/// Records live in one buffer per document (`DocumentTree`) and refer to each other by index,
/// so a tree of a million nodes is one allocation and no reference counting.
struct NodeRecord {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let ordered = Flags(rawValue: 1)
        static let tight = Flags(rawValue: 2)
        static let hasTitle = Flags(rawValue: 4)
        static let autolink = Flags(rawValue: 8)
        static let header = Flags(rawValue: 16)
        static let fenced = Flags(rawValue: 32)
        static let parenDelimiter = Flags(rawValue: 64)
        static let lastLineBlank = Flags(rawValue: 128)
        /// Headings: `extraStart..<extraEnd` holds the `id` once ids are assigned.
        static let hasHeadingID = Flags(rawValue: 256)
    }

    /// The index that means "no node".
    static let none: Int32 = -1

    var type: NodeType
    var flags: Flags = []
    /// Heading level, list start number, list bullet character, or table alignment.
    var number: Int32 = 0
    /// Text, code, HTML, code block content, or link destination (a range of the tree's bytes).
    var literalStart: Int32 = 0
    var literalEnd: Int32 = 0
    /// Link title, code block info string or heading id; while parsing a leaf, its line segments.
    var extraStart: Int32 = 0
    var extraEnd: Int32 = 0
    var line: Int32
    var column: Int32
    var firstChild: Int32 = NodeRecord.none
    var lastChild: Int32 = NodeRecord.none
    var next: Int32 = NodeRecord.none

    init(_ type: NodeType, line: Int32, column: Int32) {
        self.type = type
        self.line = line
        self.column = column
    }

    var hasChildren: Bool { firstChild != NodeRecord.none }
}
