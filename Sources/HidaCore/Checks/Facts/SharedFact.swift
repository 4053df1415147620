/// A fact that two or more pages state with the same value, for the editorial report.
struct SharedFact: Sendable, Equatable {
    var key: String
    /// The normalized value the pages agree on.
    var value: String
    /// Where each page states it, sorted; at least two different paths.
    var locations: [SourceLocation]
}
