/// Switches that decide which syntax is recognised and how unsafe content is rendered.
public struct MarkdownOptions: Sendable, Equatable {
    /// Enables the GFM extensions: tables, strikethrough and extended autolinks.
    public var extensions: Bool
    /// Decides whether raw HTML is escaped or passed through.
    public var rawHTML: RawHTMLPolicy
    /// Keeps `javascript:`, `vbscript:`, `file:` and non-image `data:` destinations when true.
    public var allowUnsafeURLs: Bool
    /// Gives every heading a deterministic, unique `id` attribute.
    public var headingIDs: Bool

    /// The portal's defaults: extensions on, raw HTML escaped, unsafe URLs dropped, heading ids on.
    public static let portal = MarkdownOptions(extensions: true, rawHTML: .escape, allowUnsafeURLs: false, headingIDs: true)
    /// Plain CommonMark as the spec tests expect it: no extensions, raw HTML trusted, URLs kept, no ids.
    public static let commonMark = MarkdownOptions(extensions: false, rawHTML: .trust, allowUnsafeURLs: true, headingIDs: false)

    /// Creates options from each switch.
    public init(extensions: Bool, rawHTML: RawHTMLPolicy, allowUnsafeURLs: Bool, headingIDs: Bool) {
        self.extensions = extensions
        self.rawHTML = rawHTML
        self.allowUnsafeURLs = allowUnsafeURLs
        self.headingIDs = headingIDs
    }
}
