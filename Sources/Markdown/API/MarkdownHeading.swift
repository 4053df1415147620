/// One entry of a document's outline.
public struct MarkdownHeading: Sendable, Equatable {
    /// The heading level, 1 to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The `id` attribute, when heading ids are enabled.
    public var id: String?
    /// The 1-based source line of the heading.
    public var line: Int
    /// The 1-based source column (in Unicode scalars) of the heading.
    public var column: Int

    /// Creates an outline entry.
    public init(level: Int, text: String, id: String?, line: Int, column: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
        self.column = column
    }
}
