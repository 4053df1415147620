/// A piece of raw HTML found in a document, reported so the portal can warn about it.
public struct MarkdownRawHTML: Sendable, Equatable {
    /// The 1-based source line where the HTML starts.
    public var line: Int
    /// The 1-based source column (in Unicode scalars) where the HTML starts.
    public var column: Int
    /// True for an HTML block, false for inline HTML.
    public var isBlock: Bool
    /// The HTML as written.
    public var text: String

    /// Creates a raw HTML record.
    public init(line: Int, column: Int, isBlock: Bool, text: String) {
        self.line = line
        self.column = column
        self.isBlock = isBlock
        self.text = text
    }
}
