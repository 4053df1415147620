/// The LOS concepts as numbers, for the inner loop of the topic pages: which concepts each page is tagged with, and
/// which concept lies under which, answered by indexing arrays instead of hashing concept URIs (a theme page visits
/// every topic of every page under it).
struct ConceptNumbers: Sendable {
    /// Concept URIs by number, in vocabulary order.
    let uris: [String]
    let numberOfURI: [String: Int]
    let isWord: [Bool]
    /// Per page index, the numbers of its topics that are in the vocabulary, in the page's order.
    let pageTopics: [[Int32]]
    /// `under[a * count + b]`: concept `a` is `b`, or a word or sub-theme under it (`TopicIndex.ancestry`).
    private let under: [Bool]
    /// Per concept, the first main theme in its ancestry (by URI), or -1: the audience pages group by it.
    let mainTheme: [Int]

    init(portal: Portal, ancestry: [String: [String]]) {
        let concepts = portal.vocabulary.concepts
        uris = concepts.map(\.uri)
        var numberOfURI: [String: Int] = [:]
        for (number, uri) in uris.enumerated() { numberOfURI[uri] = numberOfURI[uri] ?? number }
        self.numberOfURI = numberOfURI
        isWord = concepts.map { $0.kind == .word }
        let count = uris.count
        var under = [Bool](repeating: false, count: count * count)
        for (number, uri) in uris.enumerated() {
            for ancestor in ancestry[uri] ?? [] {
                if let other = numberOfURI[ancestor] { under[number * count + other] = true }
            }
        }
        self.under = under
        let isTheme = concepts.map { $0.kind == .theme }
        mainTheme = uris.map { uri in
            (ancestry[uri] ?? []).lazy.compactMap { numberOfURI[$0] }.first { isTheme[$0] } ?? -1
        }
        pageTopics = portal.pages.indices.map { index in
            portal.pages[index].topics.compactMap { numberOfURI[$0].map(Int32.init) }
        }
    }

    /// Whether concept `concept` is `ancestor` or lies under it.
    func concept(_ concept: Int, isUnder ancestor: Int) -> Bool {
        under[concept * uris.count + ancestor]
    }
}
