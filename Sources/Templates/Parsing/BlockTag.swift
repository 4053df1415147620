/// A `{{$name}}` tag's details.
struct BlockTag: Sendable {
    var name: String
    /// Whitespace before a standalone tag, prepended to each line of the filling.
    var indentation: [UInt8]
    var isStandalone: Bool
    var position: SourcePosition
}
