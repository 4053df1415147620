/// What a run found and did: the diagnostics (sorted), counts and phase timings for the summary line.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int = 0
    public var fileCount: Int = 0
    /// Phase name and seconds, in the order the phases ran.
    public var timings: [(phase: String, seconds: Double)] = []
    /// True when I/O failed (exit code 3) rather than the content.
    public var internalFailure = false

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// CONTRACT §2: 0 success, 1 content errors, 3 internal or I/O failure.
    public var exitCode: Int32 {
        if internalFailure { return 3 }
        return errorCount > 0 ? 1 : 0
    }
}
