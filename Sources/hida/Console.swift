import Foundation

/// Writes to stdout and stderr; diagnostics and progress go to stderr so that stdout stays clean for `hida markdown`.
enum Console {
    static let stderrIsTerminal = isatty(STDERR_FILENO) != 0

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A single line on a terminal that each phase overwrites; nil when stderr is a file or pipe.
    static var progressLine: (@Sendable (String) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { text in showProgress(text) }
    }

    private static func showProgress(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[Khida: \(text)…".utf8))
    }

    static func clearProgressLine() {
        if stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
