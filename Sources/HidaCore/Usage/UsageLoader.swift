/// Reads usage CSV files (page views and aggregated pairs) into `UsageCounts` and a `UsageSummary`.
///
/// Never fails the build: unreadable files, unknown headers and malformed rows become warnings;
/// unknown paths and other hosts are only counted. Rows of one session may be spread over all files.
enum UsageLoader {
    /// A file reports at most this many malformed rows one by one, then one summary warning.
    static let reportedMalformedRowsPerFile = 20

    /// Loads `files`, mapping each normalized site path to a target index with `resolve`
    /// (nil for a path that is no page or journey); `minSessions` only fills `summary.pairsAboveThreshold`.
    /// Files of `concurrentScanThreshold` bytes and more are parsed on a second thread (tests lower it).
    static func load(
        files: [String],
        baseURL: String,
        minSessions: Int = 10,
        concurrentScanThreshold: Int = UsageTally.concurrentScanThreshold,
        resolve: (String) -> Int?
    ) -> (counts: UsageCounts, summary: UsageSummary, diagnostics: [Diagnostic]) {
        var tally = UsageTally(normalizer: UsageURLNormalizer(baseURL: baseURL), concurrentScanThreshold: concurrentScanThreshold)
        var decoder = UsageRowDecoder()
        var diagnostics: [Diagnostic] = []
        for file in files {
            tally.read(file: file, decoder: &decoder, resolve: resolve, diagnostics: &diagnostics)
        }
        let (counts, summary) = tally.finish(minSessions: minSessions)
        return (counts, summary, diagnostics)
    }
}
