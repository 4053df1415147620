/// How raw HTML written in Markdown reaches the output.
public enum RawHTMLPolicy: Sendable {
    /// Raw HTML is escaped and shown as visible text.
    case escape
    /// Raw HTML is copied to the output unchanged.
    case trust
}
