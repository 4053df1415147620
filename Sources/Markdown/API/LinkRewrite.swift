/// What the renderer does with one link or image destination.
public enum LinkRewrite: Sendable, Equatable {
    /// Render the destination as written.
    case keep
    /// Render this destination instead.
    case replace(String)
    /// Render the link text without a link (for images: nothing but the alt text).
    case drop
}
