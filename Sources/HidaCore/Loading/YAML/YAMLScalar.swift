/// A scalar's text after unquoting, escape decoding and block folding, and how it was written.
struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written; only plain scalars are read as numbers, booleans or dates.
    enum Style: Sendable, Equatable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block: line breaks kept.
        case literal
        /// A `>` block: line breaks folded into spaces.
        case folded
    }

    var text: String
    var style: Style
}
