import Foundation

/// Prints diagnostics compiler style (or as JSON lines for tools), with the offending line and a caret.
public struct DiagnosticPrinter {
    public enum Format: String, Sendable {
        case text
        case json
    }

    public var format: Format
    /// Colour only when writing to a terminal.
    public var colour: Bool
    public var showSourceLines: Bool

    public init(format: Format = .text, colour: Bool = false, showSourceLines: Bool = true) {
        self.format = format
        self.colour = colour
        self.showSourceLines = showSourceLines
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        switch format {
        case .json: return json(diagnostic)
        case .text: return text(diagnostic)
        }
    }

    private func text(_ diagnostic: Diagnostic) -> String {
        var lines = [colour ? coloured(diagnostic) : diagnostic.headline]
        if showSourceLines, diagnostic.severity != .info, let location = diagnostic.location, location.line > 0, let source = Self.sourceLine(location) {
            lines.append("    " + source)
            let padding = String(repeating: " ", count: max(0, location.column - 1))
            lines.append("    " + padding + "^")
        }
        for note in diagnostic.notes {
            lines.append("    note: " + note)
        }
        return lines.joined(separator: "\n")
    }

    private func coloured(_ diagnostic: Diagnostic) -> String {
        let code = switch diagnostic.severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .info: "\u{1B}[1;36m"
        }
        let place = diagnostic.location.map { "\($0.path):\($0.line):\($0.column): " } ?? "hida: "
        return "\u{1B}[1m\(place)\u{1B}[0m\(code)\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message) [\(diagnostic.rule)]"
    }

    private func json(_ diagnostic: Diagnostic) -> String {
        var members: [(String, JSONValue)] = [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("rule", .string(diagnostic.rule)),
            ("message", .string(diagnostic.message)),
        ]
        if let location = diagnostic.location {
            members += [("path", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column))]
        }
        if !diagnostic.notes.isEmpty { members.append(("notes", .array(diagnostic.notes.map { .string($0) }))) }
        return JSONValue.object(members).serialized()
    }

    /// The source line a diagnostic points at, tabs shown as spaces so the caret lines up.
    private static func sourceLine(_ location: SourceLocation) -> String? {
        guard let text = TextFile.read(location.path) else { return nil }
        var lineNumber = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineNumber == location.line {
                var result = String(line)
                if result.hasSuffix("\r") { result.removeLast() }
                return result.replacingOccurrences(of: "\t", with: " ")
            }
            lineNumber += 1
        }
        return nil
    }

    /// "2 errors, 1 warning" — the closing line of every run.
    public static func summary(_ report: BuildReport) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(report.errorCount, "error")), \(count(report.warningCount, "warning"))"
    }
}
