/// The totals of one `UsageStatistics.load`: what `hida check` prints about the usage statistics, as numbers.
public struct UsageLoadReport: Sendable {
    public let files: Int
    /// Well-formed data rows (header rows excluded).
    public let rows: Int
    public let malformedRows: Int
    /// Rows whose URL resolved to one of the portal's paths.
    public let matchedRows: Int
    public let unknownPathRows: Int
    public let otherHostRows: Int
    /// Distinct session ids.
    public let sessions: Int
    /// Sessions left out for reading more than 50 distinct pages.
    public let robotSessions: Int
    /// Distinct targets seen by at least one session.
    public let targetsSeen: Int
    /// Distinct pairs of targets seen together in at least one session.
    public let pairs: Int
    /// Pairs seen together in at least `minSessions` sessions.
    public let pairsAboveThreshold: Int
    /// The lines `hida check` prints (`usage: 20 050 rows in 1 file, …`).
    public let infoLines: [String]
    /// Warnings about unreadable files, unknown headers and malformed rows.
    public let diagnostics: [Diagnostic]

    init(summary: UsageSummary, targetsSeen: Int, diagnostics: [Diagnostic]) {
        files = summary.files
        rows = summary.rows
        malformedRows = summary.malformedRows
        matchedRows = summary.matchedRows
        unknownPathRows = summary.unknownPathRows
        otherHostRows = summary.otherHostRows
        sessions = summary.sessions
        robotSessions = summary.robotSessions
        self.targetsSeen = targetsSeen
        pairs = summary.pairs
        pairsAboveThreshold = summary.pairsAboveThreshold
        infoLines = summary.infoLines
        self.diagnostics = diagnostics
    }
}
