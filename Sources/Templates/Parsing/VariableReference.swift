/// A name looked up in the context stack, with the tag's position for strict-mode errors.
struct VariableReference: Sendable {
    /// The dotted parts; empty for `{{.}}`.
    var path: [String]
    var name: String
    var position: SourcePosition
}
