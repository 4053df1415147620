/// What `FactConflictFinder` found: disagreements to fix and agreements to report.
struct FactAnalysis: Sendable, Equatable {
    /// One `conflicting-fact` error per statement that disagrees with the key's first statement, sorted by location.
    var conflicts: [Diagnostic]
    /// Key and value pairs stated by at least two pages, sorted by key and value.
    var sharedFacts: [SharedFact]
}
