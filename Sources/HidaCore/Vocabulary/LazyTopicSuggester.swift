import Foundation

/// Builds the `TopicSuggester` on first use: most builds resolve every topic and never need it.
///
/// Building it costs about as much as the rest of the resolver, so deferring it keeps the
/// per-build cost down; the lock makes the one-time build safe from concurrent lookups.
final class LazyTopicSuggester: @unchecked Sendable {
    private let lock = NSLock()
    private let vocabulary: Vocabulary
    private let urisBySlug: [String: [String]]
    private var built: TopicSuggester?

    init(vocabulary: Vocabulary, urisBySlug: [String: [String]]) {
        self.vocabulary = vocabulary
        self.urisBySlug = urisBySlug
    }

    /// The suggester, built the first time it is asked for.
    var suggester: TopicSuggester {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let suggester = TopicSuggester(vocabulary: vocabulary, urisBySlug: urisBySlug)
        built = suggester
        return suggester
    }
}
