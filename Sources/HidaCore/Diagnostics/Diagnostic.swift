/// How serious a diagnostic is; errors fail the run, warnings and information do not.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in an input file: a path relative to the working folder, 1-based line and column.
///
/// Columns count Unicode scalars (what an editor shows), not bytes.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// One finding about the input, printed compiler style:
/// `path:line:col: error: message [rule-id]`, followed by `note:` lines.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    /// Nil for findings about the run as a whole (for example a missing `Content/` folder).
    public var location: SourceLocation?
    /// A sentence for an agency author; a suggestion goes in parentheses at its end.
    public var message: String
    /// A stable kebab-case id (`unknown-topic`), so that editors can look the rule up and tests can match it.
    public var rule: String
    public var notes: [String]

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, rule: String, notes: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, rule: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, rule: rule, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, rule: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, rule: rule, notes: notes)
    }

    public static func info(_ message: String, at location: SourceLocation?, rule: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.info, at: location, message, rule: rule, notes: notes)
    }

    /// The first line as printed: `path:line:col: severity: message [rule]`.
    public var headline: String {
        let place = location.map { "\($0.path):\($0.line):\($0.column): " } ?? "hida: "
        return "\(place)\(severity.rawValue): \(message) [\(rule)]"
    }
}
