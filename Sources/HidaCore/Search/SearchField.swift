/// The parts of a page that are indexed, each with its weight and length normalisation.
///
/// A term's score in a document is `idf × Σ weight × tf × (k1 + 1) / (tf + k1 × norm)` over the
/// fields, `norm = 1 − b + b × length / average length`: BM25 saturated per field, so that
/// one title hit (weight 8) outweighs any number of body hits (at most `k1 + 1` times weight 1).
enum SearchField: Int, CaseIterable, Sendable {
    case title, description, headings, topics, synonyms, agency, body

    /// How much one occurrence in this field counts against one in the body.
    var weight: Double {
        switch self {
        case .title: 8
        case .description: 3
        case .headings, .topics: 2
        case .synonyms, .agency: 1.5
        case .body: 1
        }
    }

    /// BM25's length normalisation: long bodies are diluted, a long title barely.
    var lengthNormalization: Double {
        switch self {
        case .title, .topics, .synonyms: 0.3
        case .description, .headings: 0.5
        case .agency: 0
        case .body: 0.75
        }
    }

    /// BM25's term-frequency saturation.
    static let saturation = 1.2
}
