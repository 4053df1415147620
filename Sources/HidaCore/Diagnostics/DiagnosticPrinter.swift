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
    /// The file the last source line came from: diagnostics arrive sorted by file, and a large portal has
    /// thousands of warnings, so each file is read once rather than once per diagnostic.
    private let lastFile = SourceFileCache()

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
        if showSourceLines, diagnostic.severity != .info, let location = diagnostic.location, location.line > 0, let source = lastFile.line(location) {
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

    /// "2 errors, 1 warning" — the closing line of every run.
    public static func summary(_ report: BuildReport) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(report.errorCount, "error")), \(count(report.warningCount, "warning"))"
    }
}

/// The bytes of the last source file a diagnostic pointed into, and the line a diagnostic points at.
private final class SourceFileCache {
    private var path: String?
    private var bytes: [UInt8]?

    /// The source line of `location`, tabs shown as spaces so the caret lines up; nil when the file or line is gone.
    func line(_ location: SourceLocation) -> String? {
        if path != location.path {
            path = location.path
            bytes = TextFile.read(location.path).map { Array($0.utf8) }
        }
        guard let bytes else { return nil }
        var start = 0
        var lineNumber = 1
        while lineNumber < location.line {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
            lineNumber += 1
        }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = bytes[start ..< end].map { $0 == UInt8(ascii: "\t") ? UInt8(ascii: " ") : $0 }
        return String(decoding: line, as: UTF8.self)
    }
}
