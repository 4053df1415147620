/// What a run found and did: the diagnostics (sorted), counts and phase timings for the summary line.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int = 0
    public var fileCount: Int = 0
    /// Phase name and seconds, in the order the phases ran.
    public var timings: [(phase: String, seconds: Double)] = []
    /// True when I/O failed (exit code 3) rather than the content.
    public var internalFailure = false
    /// True when the new site replaced the output folder.
    public var published = false
    /// Files left out of a `--keep-going` build because they have errors.
    public var leftOut: [String] = []

    /// A `--keep-going` build may publish when every error sits in a page or journey that was left out,
    /// or in a link to one; an error in the settings, vocabulary, agency profiles or theme stops it.
    var canPublishPartially: Bool {
        diagnostics.filter { $0.severity == .error }.allSatisfy { diagnostic in
            guard let path = diagnostic.location?.path, !path.hasSuffix("/_agency.md") else { return false }
            return leftOut.contains(path) || diagnostic.rule == "broken-link" || diagnostic.rule == "unknown-page"
        }
    }

    public var errorCount: Int { count(of: .error) }
    public var warningCount: Int { count(of: .warning) }

    /// Counted by index: filtering copied every diagnostic it kept (a 10 000-page build has 13 000 warnings), and
    /// the counts are asked for at the end of a run, when nothing else is left to run on the other core.
    private func count(of severity: Severity) -> Int {
        var count = 0
        for index in diagnostics.indices where diagnostics[index].severity == severity { count += 1 }
        return count
    }

    /// CONTRACT §2: 0 success, 1 content errors, 3 internal or I/O failure.
    public var exitCode: Int32 {
        if internalFailure { return 3 }
        return errorCount > 0 ? 1 : 0
    }
}
