/// A 1-based line and column (in Unicode scalars) inside a template.
struct SourcePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}
