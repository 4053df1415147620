/// What a page's topic reference resolved to.
enum TopicResolution: Sendable, Equatable {
    /// Exactly one concept, by canonical URI.
    case found(String)
    /// Several concepts match equally well; their URIs, sorted.
    case ambiguous([String])
    /// No concept matches; up to three close slugs or labels, spelled as an author would write them.
    case unknown(suggestions: [String])
}
