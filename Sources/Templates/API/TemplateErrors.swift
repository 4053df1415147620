/// All mistakes found in a set of templates, sorted by path, line and column.
public struct TemplateErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The mistakes, sorted by path, line and column.
    public var errors: [TemplateError]

    /// Creates the collection, sorting the errors.
    public init(_ errors: [TemplateError]) {
        self.errors = errors.sorted()
    }

    /// One compiler-style line per error.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
