/// A link, image or autolink found in a document.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination after backslash-escape and entity processing, before percent-encoding.
    public var destination: String
    /// The title, when one was written.
    public var title: String?
    /// The plain text of the link (for images: the alt text).
    public var text: String
    /// True for images.
    public var isImage: Bool
    /// True for `<…>` autolinks and GFM extended autolinks.
    public var isAutolink: Bool
    /// The 1-based source line where the link starts.
    public var line: Int
    /// The 1-based source column (in Unicode scalars) where the link starts.
    public var column: Int

    /// Creates a link record.
    public init(destination: String, title: String?, text: String, isImage: Bool, isAutolink: Bool, line: Int, column: Int) {
        self.destination = destination
        self.title = title
        self.text = text
        self.isImage = isImage
        self.isAutolink = isAutolink
        self.line = line
        self.column = column
    }
}
