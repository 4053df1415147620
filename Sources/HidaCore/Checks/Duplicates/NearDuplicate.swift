/// Two documents whose texts are nearly the same, by the ids the caller gave them (`a < b`).
struct NearDuplicate: Sendable, Equatable {
    /// The smaller of the two ids.
    var a: Int
    /// The larger of the two ids.
    var b: Int
    /// The exact Jaccard similarity of the two documents' word-shingle sets, 0 to 1.
    var similarity: Double
}
