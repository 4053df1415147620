/// A template mistake at a position: the template's path, the 1-based line and column of the tag, a message and a rule id.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path of the template that contains the mistake.
    public var path: String
    /// The 1-based line of the offending tag, or 0 when the mistake has no position.
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the offending tag, or 0 when the mistake has no position.
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String
    /// A stable id of the rule, e.g. "unclosed-section".
    public var rule: String

    /// Creates an error.
    public init(path: String, line: Int, column: Int, message: String, rule: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.rule = rule
    }

    /// The compiler-style line `path:line:col: error: message [rule]`.
    public var description: String {
        let place = line > 0 ? "\(path):\(line):\(column)" : path
        return "\(place): error: \(message) [\(rule)]"
    }
}

extension TemplateError: Comparable {
    /// Orders errors by path, then line, then column, then message.
    public static func < (left: TemplateError, right: TemplateError) -> Bool {
        (left.path, left.line, left.column, left.message) < (right.path, right.line, right.column, right.message)
    }
}
