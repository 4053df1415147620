/// An entry of the bracket stack: a `[` or `![` that may start a link or image.
struct Bracket {
    /// Index of the bracket's text node in the parser's item list.
    var item: Int
    /// Subject offset just after the `[`.
    var contentStart: Int
    var isImage: Bool
    var active = true
    /// True once another `[` followed, so the text cannot be a shortcut label.
    var bracketAfter = false
    /// The delimiter on top of the stack when the bracket was pushed (-1 for none).
    var previousDelimiter: Int
}
