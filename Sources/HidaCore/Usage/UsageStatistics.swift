/// The usage loader as a build runs it, for programs outside the core (the benchmark harness): the same files,
/// URL normalization and counting as `AlsoVisitedIndex`, without a `Portal`.
public enum UsageStatistics {
    /// Loads every `*.csv` directly in `folder` (in byte order of their names, as `Content/usage/` is read).
    ///
    /// `pagePaths` are the portal's site paths (`/barnetrygd/`, `/en/child-benefit/`); each is one target.
    /// `aliases` maps old paths to one of `pagePaths`, whose target they then count for.
    public static func load(folder: String, baseURL: String, pagePaths: [String], aliases: [String: String] = [:],
                            minSessions: Int = 10) -> UsageLoadReport {
        var targetByPath: [String: Int] = [:]
        targetByPath.reserveCapacity(pagePaths.count + aliases.count)
        for path in pagePaths where targetByPath[path] == nil { targetByPath[path] = targetByPath.count }
        for (alias, page) in aliases {
            guard targetByPath[alias] == nil, let target = targetByPath[page] else { continue }
            targetByPath[alias] = target
        }
        let files = FileWalker.files(under: folder)
            .filter { !$0.contains("/") && $0.hasSuffix(".csv") }
            .map { folder + "/" + $0 }
        let (counts, summary, diagnostics) = UsageLoader.load(files: files, baseURL: baseURL, minSessions: minSessions) {
            targetByPath[$0]
        }
        return UsageLoadReport(summary: summary, targetsSeen: counts.sessionsPerTarget.lazy.filter { $0 > 0 }.count,
                               diagnostics: diagnostics)
    }
}
