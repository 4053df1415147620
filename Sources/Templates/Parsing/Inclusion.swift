/// A reference from one template to another by name, resolved to its index at parse time.
struct Inclusion: Sendable {
    var template: Int
    var name: String
    /// Whitespace before a standalone tag, prepended to each line the included template renders.
    var indentation: [UInt8]
    var isStandalone: Bool
    var position: SourcePosition
}
