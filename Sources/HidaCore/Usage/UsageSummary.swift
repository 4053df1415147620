/// Totals of one usage load, for `hida check`'s information output; unknown paths and other hosts
/// are reported here rather than as diagnostics, since old links in logs are normal.
struct UsageSummary: Sendable {
    /// Files read (including those with an unrecognised header).
    var files: Int = 0
    /// Well-formed data rows, header rows excluded.
    var rows: Int = 0
    var malformedRows: Int = 0
    /// Distinct session ids in page-view files.
    var sessions: Int = 0
    /// Rows whose URL (both URLs for a pairs row) resolved to a target.
    var matchedRows: Int = 0
    var otherHostRows: Int = 0
    var unknownPathRows: Int = 0
    /// The ten most frequent unknown site paths, by row count descending, then path.
    var topUnknownPaths: [(path: String, rows: Int)] = []
    /// Distinct pairs of targets seen together in at least one session.
    var pairs: Int = 0
    /// Pairs seen together in at least `minSessions` sessions, the only ones ever shown.
    var pairsAboveThreshold: Int = 0
    /// Sessions dropped because they saw more than `SessionTable.maximumTargets` distinct targets (robots).
    var robotSessions: Int = 0
}
