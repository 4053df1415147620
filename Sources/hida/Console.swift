import Foundation

/// Writes to stdout and stderr; diagnostics and progress go to stderr so that stdout stays clean for `hida markdown`.
enum Console {
    static let stderrIsTerminal = isatty(STDERR_FILENO) != 0

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
