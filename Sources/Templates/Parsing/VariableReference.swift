/// A name looked up in the context stack, with the tag's position for strict-mode errors.
struct VariableReference: Sendable {
    /// The dotted parts; empty for `{{.}}`.
    var path: [String]
    /// `TemplateObject.hash(_:)` of each part of `path`.
    var hashes: [UInt64]
    var name: String
    var position: SourcePosition
}
